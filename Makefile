# Songpei's packages. `make dist` builds the onedir app into dist/songpei/ (Linux: on the
# oldest distribution to support, as the bundle needs that glibc or newer); `make deb` wraps it
# for UOS / Kylin / Debian; `make check-dist` runs the packaged self-test; `make wheel` builds
# the sdist and the wheel into dist/ (with the translations, demo pack and font inside).
PY      ?= .venv/bin/python
VERSION := $(shell $(PY) -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
SETUP   ?= packaging/setup.sh
CACHEGEN ?= /usr/lib/x86_64-linux-gnu/vlc/vlc-cache-gen

.PHONY: dist deb check-dist check-deb wheel clean-dist

dist:
	$(SETUP)
	$(PY) packaging/shipped.py
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
	    --distpath dist --workpath build/pyinstaller packaging/songpei.spec
	$(CACHEGEN) dist/songpei/_internal/vlc/plugins
	@du -sh dist/songpei

deb: dist
	$(PY) packaging/deb/build_deb.py --version $(VERSION) dist/songpei dist

check-dist:
	QT_QPA_PLATFORM=offscreen dist/songpei/songpei --self-test

check-deb:
	packaging/deb/check_deb.sh dist/songpei_$(VERSION)_amd64.deb

wheel:
	$(SETUP)
	$(PY) -m build --outdir dist .

clean-dist:
	rm -rf dist build/pyinstaller
