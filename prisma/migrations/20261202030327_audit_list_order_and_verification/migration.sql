-- DropIndex
DROP INDEX "audit_event_organizationId_action_seq_idx";

-- DropIndex
DROP INDEX "audit_event_organizationId_actorUserId_seq_idx";

-- DropIndex
DROP INDEX "audit_event_organizationId_createdAt_idx";

-- DropIndex
DROP INDEX "audit_event_organizationId_targetId_seq_idx";

-- CreateTable
CREATE TABLE "audit_verification" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "requestedById" TEXT,
    "requestedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "checked" INTEGER NOT NULL DEFAULT 0,
    "valid" BOOLEAN,
    "brokenSeq" INTEGER,
    "brokenReason" TEXT,
    "eras" JSONB,
    "error" TEXT,

    CONSTRAINT "audit_verification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_verification_organizationId_createdAt_idx" ON "audit_verification"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "audit_verification_one_active" ON "audit_verification"("organizationId") WHERE (status IN ('queued', 'running'));

-- CreateIndex
CREATE INDEX "audit_event_organizationId_createdAt_seq_idx" ON "audit_event"("organizationId", "createdAt", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_actorUserId_createdAt_seq_idx" ON "audit_event"("organizationId", "actorUserId", "createdAt", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_actorName_createdAt_seq_idx" ON "audit_event"("organizationId", "actorName", "createdAt", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_action_createdAt_seq_idx" ON "audit_event"("organizationId", "action", "createdAt", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_targetId_createdAt_seq_idx" ON "audit_event"("organizationId", "targetId", "createdAt", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_targetName_createdAt_seq_idx" ON "audit_event"("organizationId", "targetName", "createdAt", "seq");

-- CreateIndex
CREATE INDEX "audit_event_organizationId_targetType_createdAt_seq_idx" ON "audit_event"("organizationId", "targetType", "createdAt", "seq");

-- AddForeignKey
ALTER TABLE "audit_verification" ADD CONSTRAINT "audit_verification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
