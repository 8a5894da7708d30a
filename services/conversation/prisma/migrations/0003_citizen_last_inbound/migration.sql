-- AlterTable
ALTER TABLE "citizen" ADD COLUMN "last_inbound_at" TIMESTAMPTZ(3);
