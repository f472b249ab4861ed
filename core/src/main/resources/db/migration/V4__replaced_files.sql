-- Variant files replaced by a regeneration. They stay a while (pages and CDNs may still point at them), then the
-- periodic task deletes them.
CREATE TABLE replaced_files (
    storage_key VARCHAR(255) NOT NULL,
    replaced_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (storage_key),
    INDEX ix_replaced_files_at (replaced_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
