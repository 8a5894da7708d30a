-- The retention job deletes the records of sends by age, oldest first: without this index each of its
-- statements would read the whole table.
CREATE INDEX "outbound_message_created_at_idx" ON "outbound_message"("created_at");
