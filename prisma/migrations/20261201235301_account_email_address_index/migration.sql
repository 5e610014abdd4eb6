-- CreateIndex
CREATE INDEX "email_delivery_toAddress_createdAt_idx" ON "email_delivery"("toAddress", "createdAt");
