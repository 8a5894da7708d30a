-- CreateTable
CREATE TABLE "complaint" (
    "number" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "complaint_type" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "locality_code" TEXT,
    "locality_name" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "photo_keys" TEXT[],
    "citizen_wa_id" TEXT NOT NULL,
    "citizen_name" TEXT,
    "business_number_id" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "assignee" TEXT,
    "rating" INTEGER,
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "sla_hours" INTEGER NOT NULL,
    "sla_due_at" TIMESTAMPTZ(3) NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "complaint_history" (
    "id" BIGSERIAL NOT NULL,
    "complaint_number" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "actor_id" TEXT,
    "comment" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_counter" (
    "state_code" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "last_value" INTEGER NOT NULL,

    CONSTRAINT "complaint_counter_pkey" PRIMARY KEY ("state_code","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "complaint_request_id_key" ON "complaint"("request_id");

-- CreateIndex
CREATE INDEX "complaint_tenant_id_created_at_idx" ON "complaint"("tenant_id", "created_at");

-- CreateIndex
CREATE INDEX "complaint_status_sla_due_at_idx" ON "complaint"("status", "sla_due_at");

-- CreateIndex
CREATE INDEX "complaint_citizen_wa_id_idx" ON "complaint"("citizen_wa_id");

-- CreateIndex
CREATE INDEX "complaint_history_complaint_number_id_idx" ON "complaint_history"("complaint_number", "id");

-- AddForeignKey
ALTER TABLE "complaint_history" ADD CONSTRAINT "complaint_history_complaint_number_fkey" FOREIGN KEY ("complaint_number") REFERENCES "complaint"("number") ON DELETE RESTRICT ON UPDATE CASCADE;
