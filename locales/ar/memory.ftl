## The translation memory in the editor: matches, their insertion, the analysis by match band, concordance.
