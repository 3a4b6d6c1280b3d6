-- Hub version 9: the register of issued certificates (结业证书 / 学时证明). Never updated: a
-- teacher whose recognised hours grow gets a new certificate with a new number, and the
-- earlier one stays in the register as it was issued. `code` is the exact signed text the
-- certificate's QR code carries (sync.base.certificate), so the register can say what the
-- county signed; the full 身份证号 stays here only, never on the certificate.
CREATE TABLE certificates (
    number     TEXT PRIMARY KEY,
    year       INTEGER NOT NULL,
    serial     INTEGER NOT NULL,
    id_number  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('completion', 'hours')),
    code       TEXT NOT NULL,
    officer    TEXT NOT NULL,
    issued_ms  INTEGER NOT NULL,
    UNIQUE (year, serial)
);
CREATE INDEX hub_certificates_by_person ON certificates (id_number, issued_ms);
