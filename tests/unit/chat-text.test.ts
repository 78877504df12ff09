import { describe, expect, it } from "vitest";
import { linkify } from "@/lib/chat/linkify";
import { resumePoint } from "@/lib/chat/message-stream";

describe("chat text", () => {
  it("keeps markup as text and links only http(s) addresses, without trailing punctuation", () => {
    expect(linkify("see <script>alert(1)</script> https://example.org/help. ok")).toEqual([
      { kind: "text", text: "see <script>alert(1)</script> " },
      { kind: "link", text: "https://example.org/help", href: "https://example.org/help" },
      { kind: "text", text: ". ok" },
    ]);
    expect(linkify("javascript:alert(1) data:text/html,<b>x</b> vbscript:x")).toEqual([
      { kind: "text", text: "javascript:alert(1) data:text/html,<b>x</b> vbscript:x" },
    ]);
    expect(linkify('(http://a.example/x?y=1) "https://b.example"')).toEqual([
      { kind: "text", text: "(" },
      { kind: "link", text: "http://a.example/x?y=1", href: "http://a.example/x?y=1" },
      { kind: "text", text: ') "' },
      { kind: "link", text: "https://b.example", href: "https://b.example/" },
      { kind: "text", text: '"' },
    ]);
  });

  it("resumes after the larger of Last-Event-ID and the page's last message, ignoring anything that is not an id", () => {
    expect(resumePoint("12", "40")).toBe(40n);
    expect(resumePoint("41", "40")).toBe(41n);
    expect(resumePoint(null, undefined)).toBe(0n);
    expect(resumePoint("-3", "1e9", "abc", "99999999999999999999")).toBe(0n);
  });
});
