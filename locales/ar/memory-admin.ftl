## The translation memory's settings, TMX import and export, and what deleting and importing articles do with it.

# Deleting an article (the article list's confirmation).
delete-forget-units = احذف ترجماتها من الذاكرة أيضا
delete-units-stay = تبقى في الذاكرة الترجمات التي أضافتها.
delete-units-go = تحذف من الذاكرة أيضا الترجمات التي أضافتها.

# Importing an article.
import-fill-memory = املأ من الذاكرة المقاطع التي تطابقها مطابقة تامة
