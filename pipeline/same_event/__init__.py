"""The same event across articles: claims of different documents (and of one) that date one
occurrence, grouped by a learned pair model (features.py, model.py; train.py fits and measures it
on the cross-article gold of annotations/events/clusters)."""
