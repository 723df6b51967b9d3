-- A store file as schema v1 wrote it, frozen: later builds must keep reading it.
-- Do not edit; add a new fixture for a new schema version instead.
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE shares (
  seq INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  type INTEGER NOT NULL,
  contents BLOB NOT NULL,
  verified INTEGER NOT NULL DEFAULT 0,
  first_seen_ms INTEGER NOT NULL,
  peer TEXT);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE stats (
  stream TEXT NOT NULL,
  ts_ms INTEGER NOT NULL,
  resolution_s INTEGER NOT NULL,
  samples INTEGER NOT NULL,
  value REAL,
  json TEXT);
CREATE INDEX stats_by_stream_time ON stats (stream, ts_ms);
CREATE INDEX stats_by_resolution_time ON stats (resolution_s, ts_ms);
-- seq 5 before seq 9: insertion order, whatever the hash order.
INSERT INTO shares VALUES (9, X'0202020202020202020202020202020202020202020202020202020202020202', 34, X'cafe', 0, 1763700000500, NULL);
INSERT INTO shares VALUES (5, X'ff00000000000000000000000000000000000000000000000000000000000001', 35, X'0102030405', 1, 1763700000000, '192.0.2.7:9326');
INSERT INTO meta VALUES ('best_share_at_shutdown', '0100000000000000000000000000000000000000000000000000000000000000ff');
INSERT INTO stats VALUES ('local_hash_rate', 1763700000000, 0, 1, 1234.5, NULL);
INSERT INTO stats VALUES ('pool_rates', 1763699700000, 300, 10, NULL, '{"good":2.5,"orphan":0.5}');
