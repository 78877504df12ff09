import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/tooling/demo/seed-demo-data";

export async function seedDemo(url: string): Promise<string> {
  const prisma = createPrismaClient(url, 2);
  try {
    const result = await seedDemoData(prisma);
    return result.seeded
      ? `demo data added: ${result.tenants} tenants, ${result.psychologists} psychologists, ${result.employees} employees, ${result.appointments} appointments`
      : "demo data already present: nothing added";
  } finally {
    await prisma.$disconnect();
  }
}
