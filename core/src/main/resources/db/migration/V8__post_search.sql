-- Full-text search over published posts. A table of its own, keyed by post, that holds only published posts: drafts
-- can never match, the index is smaller, and the only condition a search needs is its MATCH. FULLTEXT needs its
-- columns in one table, so the row carries the title,
-- the body as plain text (from the sanitized html: no markup, no link targets) and the post's tag names.
-- core/search/SearchIndex keeps it in step with posts and post_terms; a deleted post's row goes with it.
CREATE TABLE post_search (
    post_id      BIGINT       NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    body_text    MEDIUMTEXT   NOT NULL,
    tags         TEXT         NOT NULL,
    PRIMARY KEY (post_id),
    FULLTEXT INDEX ft_post_search (title, body_text, tags),
    CONSTRAINT fk_post_search_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The posts published before this migration. REGEXP_REPLACE (MySQL 8 and MariaDB both have it) drops the tags;
-- character references stay as written until the post is saved again, which indexes it from Java.
INSERT INTO post_search (post_id, published_at, title, body_text, tags)
SELECT p.id, p.published_at, p.title, TRIM(REGEXP_REPLACE(p.html, '<[^>]*>', ' ')),
       COALESCE((SELECT GROUP_CONCAT(t.name ORDER BY t.name SEPARATOR ' ')
                 FROM post_terms pt JOIN terms t ON t.id = pt.term_id
                 WHERE pt.post_id = p.id AND t.kind = 'TAG'), '')
FROM posts p
WHERE p.status = 'PUBLISHED' AND p.published_at IS NOT NULL;
