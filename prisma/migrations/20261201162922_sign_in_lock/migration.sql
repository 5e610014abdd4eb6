-- CreateTable
CREATE TABLE "sign_in_lock" (
    "key" TEXT NOT NULL,
    "userId" TEXT,
    "failures" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedAt" TIMESTAMP(6),
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "sign_in_lock_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "sign_in_lock_userId_key" ON "sign_in_lock"("userId");

-- CreateIndex
CREATE INDEX "sign_in_lock_windowStart_idx" ON "sign_in_lock"("windowStart");

-- AddForeignKey
ALTER TABLE "sign_in_lock" ADD CONSTRAINT "sign_in_lock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
