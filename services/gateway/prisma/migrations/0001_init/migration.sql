-- CreateTable
CREATE TABLE "seen_message" (
    "message_id" TEXT NOT NULL,
    "claimed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "seen_message_pkey" PRIMARY KEY ("message_id")
);

-- CreateTable
CREATE TABLE "media_object" (
    "media_id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "business_number_id" TEXT NOT NULL,
    "citizen_wa_id" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER,
    "sha256" TEXT,
    "storage_key" TEXT,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "media_object_pkey" PRIMARY KEY ("media_id")
);

-- CreateTable
CREATE TABLE "missed_call_welcome" (
    "caller_wa_id" TEXT NOT NULL,
    "business_number_id" TEXT NOT NULL,
    "last_welcomed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "missed_call_welcome_pkey" PRIMARY KEY ("caller_wa_id","business_number_id")
);

-- CreateIndex
CREATE INDEX "seen_message_claimed_at_idx" ON "seen_message"("claimed_at");

-- CreateIndex
CREATE INDEX "media_object_status_idx" ON "media_object"("status");

-- CreateTable
CREATE TABLE "outbox_event" (
    "id" BIGSERIAL NOT NULL,
    "event_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "record_key" TEXT NOT NULL,
    "value" BYTEA NOT NULL,
    "headers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "processed_event" (
    "consumer" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_event_id_key" ON "outbox_event"("event_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_id_idx" ON "outbox_event"("published_at", "id");
