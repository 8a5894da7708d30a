-- The retention job deletes processed event ids by age, oldest first: without this index each of its
-- statements would read the whole table.
CREATE INDEX "processed_event_processed_at_idx" ON "processed_event"("processed_at");
