-- CreateTable
CREATE TABLE "seen_message" (
    "message_id" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

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
CREATE INDEX "seen_message_received_at_idx" ON "seen_message"("received_at");

-- CreateIndex
CREATE INDEX "media_object_status_idx" ON "media_object"("status");
