-- Post pages find the media behind the images they show by original key (for srcset and status).
CREATE INDEX ix_media_original_key ON media (original_key);
