"""The school laptop's screens: choosing and signing in a teacher, the home page, lessons,
self-tests, the diagnostic, evidence, attendance sessions and the station."""
