-- Scheduled publishing: a SCHEDULED post carries the time at which the worker's
-- publish-scheduled-posts task makes it PUBLISHED.
ALTER TABLE posts
    ADD COLUMN publish_at DATETIME(6) NULL,
    -- the task looks for SCHEDULED posts that are due
    ADD INDEX ix_posts_publish_at (status, publish_at);

-- Every save of a post keeps its title and Markdown, who saved it and when;
-- prune-revisions keeps the newest N per post.
CREATE TABLE post_revisions (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    post_id    BIGINT       NOT NULL,
    title      VARCHAR(200) NOT NULL,
    markdown   MEDIUMTEXT   NOT NULL,
    author_id  BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_post_revisions_post (post_id, id),
    CONSTRAINT fk_post_revisions_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_revisions_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The editor's autosaved copy, one per user and post ('post-{id}') or per user for a
-- post not saved yet ('new'); the post and its revisions are untouched until a save.
CREATE TABLE post_autosaves (
    user_id      BIGINT       NOT NULL,
    slot         VARCHAR(32)  NOT NULL,
    post_id      BIGINT       NULL,
    title        VARCHAR(200) NOT NULL,
    markdown     MEDIUMTEXT   NOT NULL,
    base_version INT          NULL,
    saved_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, slot),
    CONSTRAINT fk_post_autosaves_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_autosaves_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
