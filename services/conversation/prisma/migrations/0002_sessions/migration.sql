-- CreateTable
CREATE TABLE "session" (
    "business_number_id" TEXT NOT NULL,
    "citizen_wa_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "state" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_pkey" PRIMARY KEY ("business_number_id","citizen_wa_id")
);

-- CreateTable
CREATE TABLE "citizen" (
    "business_number_id" TEXT NOT NULL,
    "citizen_wa_id" TEXT NOT NULL,
    "language" TEXT,
    "name" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citizen_pkey" PRIMARY KEY ("business_number_id","citizen_wa_id")
);

-- CreateTable
CREATE TABLE "complaint_view" (
    "number" TEXT NOT NULL,
    "business_number_id" TEXT NOT NULL,
    "citizen_wa_id" TEXT NOT NULL,
    "tenant_id" TEXT NOT NULL,
    "complaint_type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "locality_name" TEXT,
    "rating" INTEGER,
    "complaint" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_view_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "stored_media" (
    "media_id" TEXT NOT NULL,
    "storage_key" TEXT,
    "mime_type" TEXT NOT NULL,
    "sha256" TEXT,
    "rejected" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_media_pkey" PRIMARY KEY ("media_id")
);

-- CreateIndex
CREATE INDEX "complaint_view_citizen_wa_id_business_number_id_updated_at_idx" ON "complaint_view"("citizen_wa_id", "business_number_id", "updated_at");
