"""Songpei's build backend (pyproject.toml: build-backend, backend-path): setuptools' own, after
packaging/shipped.py has made what the wheel and the sdist carry besides the source (the
compiled translations, the demo pack, the CJK font), and asking the frontend first for the
Python packages that making them needs. Editable installs (the developer's setup) skip it."""

import shipped
from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  every hook not redefined below


def get_requires_for_build_sdist(config_settings=None):
    return _setuptools.get_requires_for_build_sdist(config_settings) + shipped.build_requirements()


def get_requires_for_build_wheel(config_settings=None):
    return _setuptools.get_requires_for_build_wheel(config_settings) + shipped.build_requirements()


def build_sdist(sdist_directory, config_settings=None):
    shipped.make()
    return _setuptools.build_sdist(sdist_directory, config_settings)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    shipped.make()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
