-- CreateIndex
CREATE INDEX "Claim_status_id_idx" ON "Claim"("status", "id");
