-- CreateTable
CREATE TABLE "outbound_message" (
    "request_id" TEXT NOT NULL,
    "business_number_id" TEXT NOT NULL,
    "citizen_wa_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "message_id" TEXT,
    "payload" JSONB NOT NULL,
    "as_template" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error_code" INTEGER,
    "reason" TEXT,
    "causation_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_message_pkey" PRIMARY KEY ("request_id")
);

-- CreateTable
CREATE TABLE "customer_window" (
    "business_number_id" TEXT NOT NULL,
    "citizen_wa_id" TEXT NOT NULL,
    "last_inbound_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "customer_window_pkey" PRIMARY KEY ("business_number_id","citizen_wa_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbound_message_message_id_key" ON "outbound_message"("message_id");

-- CreateIndex
CREATE INDEX "outbound_message_citizen_wa_id_created_at_idx" ON "outbound_message"("citizen_wa_id", "created_at");
