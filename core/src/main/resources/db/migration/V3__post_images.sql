-- Which uploaded images each post shows, so that an image becoming READY re-renders the cached pages that show it.
CREATE TABLE post_images (
    post_id      BIGINT       NOT NULL,
    original_key VARCHAR(255) NOT NULL,
    PRIMARY KEY (post_id, original_key),
    INDEX ix_post_images_key (original_key),
    CONSTRAINT fk_post_images_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
