-- The day (UTC) each article was acknowledged: a restart replays every article as of the day it
-- arrived, so a date that was in the future then is judged the same way again. Empty for
-- articles stored before this column existed (replayed as of the day of the restart).
ALTER TABLE articles ADD COLUMN received VARCHAR(10) DEFAULT '' NOT NULL;
