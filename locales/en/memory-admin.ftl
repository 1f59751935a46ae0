## The translation memory's settings, TMX import and export, and what deleting and importing articles do with it.
