-- CreateEnum
CREATE TYPE "service_kind" AS ENUM ('WATER', 'SEWERAGE');

-- CreateEnum
CREATE TYPE "bill_status" AS ENUM ('ACTIVE', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "payment_state" AS ENUM ('CREATED', 'PAID', 'FAILED', 'EXPIRED');

-- CreateTable
CREATE TABLE "connection" (
    "id" BIGSERIAL NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "consumer_number" TEXT NOT NULL,
    "service" "service_kind" NOT NULL,
    "holder_name" TEXT NOT NULL,
    "address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "linked_number" (
    "connection_id" BIGINT NOT NULL,
    "wa_id" TEXT NOT NULL,

    CONSTRAINT "linked_number_pkey" PRIMARY KEY ("connection_id","wa_id")
);

-- CreateTable
CREATE TABLE "bill" (
    "bill_number" TEXT NOT NULL,
    "connection_id" BIGINT NOT NULL,
    "period_from" DATE NOT NULL,
    "period_to" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "amount_paise" INTEGER NOT NULL,
    "tax_heads" JSONB NOT NULL,
    "status" "bill_status" NOT NULL DEFAULT 'ACTIVE',
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bill_pkey" PRIMARY KEY ("bill_number")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" TEXT NOT NULL,
    "bill_number" TEXT NOT NULL,
    "amount_paise" INTEGER NOT NULL,
    "state" "payment_state" NOT NULL DEFAULT 'CREATED',
    "provider_link_id" TEXT,
    "provider_link_url" TEXT,
    "provider_payment_id" TEXT,
    "payer_wa_id" TEXT NOT NULL,
    "business_number_id" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "flagged_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "settled_at" TIMESTAMPTZ(3),
    "checked_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "receipt" (
    "receipt_number" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "financial_year" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "receipt_pkey" PRIMARY KEY ("receipt_number")
);

-- CreateTable
CREATE TABLE "receipt_counter" (
    "tenant_id" TEXT NOT NULL,
    "financial_year" TEXT NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "receipt_counter_pkey" PRIMARY KEY ("tenant_id","financial_year")
);

-- CreateTable
CREATE TABLE "reminder_sent" (
    "bill_number" TEXT NOT NULL,
    "wa_id" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reminder_sent_pkey" PRIMARY KEY ("bill_number","wa_id")
);

-- CreateTable
CREATE TABLE "contact" (
    "wa_id" TEXT NOT NULL,
    "language" TEXT,
    "business_number_id" TEXT,
    "reminders_stopped" BOOLEAN NOT NULL DEFAULT false,
    "stop_changed_at" TIMESTAMPTZ(3),

    CONSTRAINT "contact_pkey" PRIMARY KEY ("wa_id")
);

-- CreateIndex
CREATE INDEX "connection_consumer_number_idx" ON "connection"("consumer_number");

-- CreateIndex
CREATE UNIQUE INDEX "connection_tenant_id_consumer_number_key" ON "connection"("tenant_id", "consumer_number");

-- CreateIndex
CREATE INDEX "linked_number_wa_id_idx" ON "linked_number"("wa_id");

-- CreateIndex
CREATE INDEX "bill_connection_id_status_idx" ON "bill"("connection_id", "status");

-- CreateIndex
CREATE INDEX "bill_status_due_date_idx" ON "bill"("status", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "payment_provider_link_id_key" ON "payment"("provider_link_id");

-- CreateIndex
CREATE INDEX "payment_bill_number_idx" ON "payment"("bill_number");

-- CreateIndex
CREATE INDEX "payment_state_created_at_idx" ON "payment"("state", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "receipt_payment_id_key" ON "receipt"("payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "receipt_tenant_id_financial_year_sequence_key" ON "receipt"("tenant_id", "financial_year", "sequence");

-- CreateIndex
-- At most one PAID payment per bill: a partial unique index, which the Prisma schema cannot express.
CREATE UNIQUE INDEX "payment_bill_number_paid_key" ON "payment"("bill_number") WHERE "state" = 'PAID';

-- AddForeignKey
ALTER TABLE "linked_number" ADD CONSTRAINT "linked_number_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bill" ADD CONSTRAINT "bill_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_bill_number_fkey" FOREIGN KEY ("bill_number") REFERENCES "bill"("bill_number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "receipt" ADD CONSTRAINT "receipt_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_sent" ADD CONSTRAINT "reminder_sent_bill_number_fkey" FOREIGN KEY ("bill_number") REFERENCES "bill"("bill_number") ON DELETE RESTRICT ON UPDATE CASCADE;
