-- The outbox relay deletes what it published, in the statement that reads the next batch, instead of
-- marking it; rows it had already published and marked must not be published again.
DELETE FROM "outbox_event" WHERE "published_at" IS NOT NULL;
DROP INDEX "outbox_event_published_at_id_idx";
ALTER TABLE "outbox_event" DROP COLUMN "published_at";
