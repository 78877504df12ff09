-- CreateTable
CREATE TABLE "nps_requests" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "employee_id" UUID NOT NULL,
    "appointment_id" UUID NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "asked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" INTEGER,
    "answered_at" TIMESTAMPTZ(3),

    CONSTRAINT "nps_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_api_tokens" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "created_by_id" UUID,
    "name" TEXT NOT NULL,
    "token_hash" BYTEA NOT NULL,
    "last_chars" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "report_api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_rollups" (
    "scope" TEXT NOT NULL,
    "period_key" TEXT NOT NULL,
    "versions" JSONB NOT NULL,
    "facts" JSONB NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_rollups_pkey" PRIMARY KEY ("scope","period_key")
);

-- CreateTable
CREATE TABLE "report_stale_tenants" (
    "tenant_id" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_stale_tenants_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "nps_requests_appointment_id_key" ON "nps_requests"("appointment_id");

-- CreateIndex
CREATE UNIQUE INDEX "nps_requests_token_hash_key" ON "nps_requests"("token_hash");

-- CreateIndex
CREATE INDEX "nps_requests_employee_id_asked_at_idx" ON "nps_requests"("employee_id", "asked_at");

-- CreateIndex
CREATE INDEX "nps_requests_tenant_id_answered_at_idx" ON "nps_requests"("tenant_id", "answered_at");

-- CreateIndex
CREATE UNIQUE INDEX "report_api_tokens_token_hash_key" ON "report_api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "report_api_tokens_tenant_id_revoked_at_idx" ON "report_api_tokens"("tenant_id", "revoked_at");

-- AddForeignKey
ALTER TABLE "nps_requests" ADD CONSTRAINT "nps_requests_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nps_requests" ADD CONSTRAINT "nps_requests_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nps_requests" ADD CONSTRAINT "nps_requests_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_api_tokens" ADD CONSTRAINT "report_api_tokens_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_api_tokens" ADD CONSTRAINT "report_api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
