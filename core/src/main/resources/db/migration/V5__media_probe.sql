-- What the upload's header probe found (EXIF orientation, whether the pixels come in passes, whether they are 8-bit
-- colour samples), so the image job chooses how to decode without reading the header again. NULL for media uploaded
-- before this version: their next job probes the file and fills them in.
ALTER TABLE media
    ADD COLUMN orientation      TINYINT NULL,
    ADD COLUMN progressive      BOOLEAN NULL,
    ADD COLUMN eight_bit_colour BOOLEAN NULL;
