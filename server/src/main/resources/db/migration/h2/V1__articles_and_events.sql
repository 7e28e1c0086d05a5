-- Articles in the order they were acknowledged (seq), each with the event it joined; events with
-- their latest summary. Replaying articles by seq rebuilds the grouping. The events' short
-- columns are VARCHAR (H2 keeps CLOBs apart from the row, slow to write, list and search), and
-- so is an article's text, up to H2's 1,000,000 characters (ArticleParser's limit).
CREATE TABLE articles (
  seq         BIGINT PRIMARY KEY,
  id          VARCHAR(256) NOT NULL UNIQUE,
  event_id    VARCHAR(256) NOT NULL,
  title       VARCHAR(1000000) NOT NULL,
  text        VARCHAR(1000000) NOT NULL,
  url         VARCHAR(1000000) NOT NULL,
  published   VARCHAR(64) NOT NULL,
  lang        VARCHAR(16) NOT NULL,
  outlet      VARCHAR(1000000) NOT NULL,
  clean_text  VARCHAR(1000000)
);
CREATE INDEX articles_event ON articles (event_id, seq);

CREATE TABLE events (
  id               VARCHAR(256) PRIMARY KEY,
  story_id         VARCHAR(256) NOT NULL,
  title            VARCHAR(1000) NOT NULL,
  event_day        VARCHAR(10) NOT NULL,
  first_seq        BIGINT NOT NULL UNIQUE,
  last_seq         BIGINT NOT NULL,
  article_count    INT NOT NULL,
  summarized_count INT NOT NULL,
  opening          VARCHAR(2000) NOT NULL,
  search           VARCHAR(20000) NOT NULL,
  summary          CLOB
);
CREATE INDEX events_newest ON events (event_day DESC, first_seq DESC);
CREATE INDEX events_story ON events (story_id, event_day);
