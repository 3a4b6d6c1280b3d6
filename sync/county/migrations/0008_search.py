"""Hub version 8: the index the county window's search field finds teachers and schools in
(sync/county/people_search.py), built from the enrolment and profile events already here."""

from sync.county import people_search


def migrate(db):
    people_search.create(db)
