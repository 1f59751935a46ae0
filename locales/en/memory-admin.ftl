## The translation memory's settings, TMX import and export, and what deleting and importing articles do with it.

# Deleting an article (the article list's confirmation).
delete-forget-units = Also remove its translations from the memory
delete-units-stay = The translations it added to the memory stay there.
delete-units-go = The translations it added to the memory are removed too.

# Importing an article.
import-fill-memory = Fill segments that have a 100% match from the memory
