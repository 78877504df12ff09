/** Ends a call's LiveKit room: everyone still in it is disconnected, and it cannot be rejoined (tokens have expired by then). */
import { livekitSettings, roomService } from "./livekit";

export async function closeCallRoom(appointmentId: string): Promise<"closed" | "not open" | "calls not configured"> {
  const settings = livekitSettings();
  if (!settings) return "calls not configured";
  const service = roomService(settings);
  const rooms = await service.listRooms([appointmentId]);
  if (rooms.length === 0) return "not open";
  await service.deleteRoom(appointmentId);
  return "closed";
}
