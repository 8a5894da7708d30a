CREATE TABLE "note" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "applied_note" (
    "id" SERIAL NOT NULL,
    "note_id" TEXT NOT NULL,
    CONSTRAINT "applied_note_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "outbox_event" (
    "id" BIGSERIAL NOT NULL,
    "event_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "record_key" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "headers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "processed_event" (
    "consumer" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("consumer","event_id")
);

CREATE UNIQUE INDEX "outbox_event_event_id_key" ON "outbox_event"("event_id");
