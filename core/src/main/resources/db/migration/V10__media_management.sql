-- Alt text and caption that authors manage in the media library; pages show them (alt, <figcaption>).
ALTER TABLE media
    ADD COLUMN alt_text VARCHAR(250)  NULL,
    ADD COLUMN caption  VARCHAR(1000) NULL;

-- A post's featured image. Deleting media is refused while a published post shows it; a draft's reference is
-- cleared with the media row.
ALTER TABLE posts
    ADD COLUMN featured_media_id BIGINT NULL,
    ADD CONSTRAINT fk_posts_featured_media FOREIGN KEY (featured_media_id) REFERENCES media (id) ON DELETE SET NULL;

-- The media delete job checks, under lock, that no row uses a variant file any more before removing it.
CREATE INDEX ix_media_variants_key ON media_variants (storage_key);
