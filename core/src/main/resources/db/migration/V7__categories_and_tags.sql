-- Categories and tags (WordPress's two taxonomies) in one table: both have a name and a slug unique within their
-- kind; categories may have a parent (one level, checked by the application).
CREATE TABLE terms (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(16)  NOT NULL,
    slug       VARCHAR(200) NOT NULL,
    name       VARCHAR(100) NOT NULL,
    parent_id  BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_terms_slug UNIQUE (kind, slug),
    CONSTRAINT fk_terms_parent FOREIGN KEY (parent_id) REFERENCES terms (id),
    INDEX ix_terms_kind_name (kind, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which categories and tags each post has. published_at is a copy of the post's (NULL while it is not published), so
-- an archive page is one range of ix_post_terms_archive read newest first: no sort, no OFFSET, the same cost for a
-- term with ten posts as for one with a million.
CREATE TABLE post_terms (
    post_id      BIGINT      NOT NULL,
    term_id      BIGINT      NOT NULL,
    published_at DATETIME(6) NULL,
    PRIMARY KEY (post_id, term_id),
    INDEX ix_post_terms_archive (term_id, published_at, post_id),
    CONSTRAINT fk_post_terms_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_terms_term FOREIGN KEY (term_id) REFERENCES terms (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An author's archive page, newest published first (the same keyset as the front page within one author).
CREATE INDEX ix_posts_author_published ON posts (author_id, status, published_at, id);

-- Every post has at least one category; existing posts get the default one, as in WordPress.
INSERT INTO terms (kind, slug, name, parent_id, created_at)
VALUES ('CATEGORY', 'uncategorized', 'Uncategorized', NULL, UTC_TIMESTAMP(6));
INSERT INTO post_terms (post_id, term_id, published_at)
SELECT p.id, t.id, p.published_at
FROM posts p JOIN terms t ON t.kind = 'CATEGORY' AND t.slug = 'uncategorized';
