import { describe, expect, test } from "vitest";
import { sanitizeEmailHtml } from "./sanitize-email-html";

describe("sanitizeEmailHtml", () => {
  test("removes scripts, event handlers, javascript: URLs, forms, frames and objects", () => {
    const { html } = sanitizeEmailHtml(
      `<script>alert(1)</script><body onload="x()"><p onclick="y()">Hi</p><a href="javascript:alert(1)">a</a><a href="JaVaScRiPt&colon;alert(2)">b</a>` +
        `<img src="x" onerror="z()"><form action="https://evil.test"><input name="p"><button>go</button></form><iframe src="https://evil.test"></iframe>` +
        `<object data="x.swf"></object><embed src="x"><svg><script>alert(3)</script></svg><meta http-equiv="refresh" content="0;url=https://evil.test"><base href="https://evil.test/">` +
        `<img src="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+">`,
    );
    for (const bad of ["<script", "onload", "onclick", "onerror", "javascript", "<form", "<input", "<button", "<iframe", "<object", "<embed", "<meta", "<base", "svg", "alert"]) {
      expect(html.toLowerCase()).not.toContain(bad.toLowerCase());
    }
    expect(html).toContain("<p>Hi</p>");
  });

  test("remote images are blocked by default and restored on request", () => {
    const blocked = sanitizeEmailHtml(`<img src="https://track.test/p.gif" alt="pixel"><img src="//cdn.test/logo.png"><div style="background-image:url('https://track.test/bg.png')">x</div><style>@import url(https://evil.test/a.css); body{background:url(https://t.test/b.png)}</style>`);
    expect(blocked.html).not.toMatch(/\ssrc="https?:/);
    expect(blocked.html).toContain('data-remote-src="https://track.test/p.gif"');
    expect(blocked.html).toContain('data-remote-src="https://cdn.test/logo.png"');
    expect(blocked.html).not.toContain("track.test/bg.png");
    expect(blocked.html).not.toContain("@import");
    expect(blocked.html).not.toContain("t.test/b.png");
    expect(blocked.remoteImages).toBe(4);

    const allowed = sanitizeEmailHtml(blocked.html, { allowRemote: true });
    expect(allowed.html).toContain('src="https://track.test/p.gif"');
    expect(allowed.html).toContain('src="https://cdn.test/logo.png"');
    expect(allowed.html).not.toContain("data-remote-src");
  });

  test("cid: images become placeholders; raster data: images stay; links open safely in a new tab", () => {
    const { html, inlineImages } = sanitizeEmailHtml(`<img src="cid:logo@shop"><img src="data:image/png;base64,iVBORw0KGgo="><a href="https://shop.test/x" target="_self" rel="opener">shop</a><a href="mailto:a@b.test">mail</a>`);
    expect(inlineImages).toBe(1);
    expect(html).toContain('data-cid="logo@shop"');
    expect(html).not.toContain("cid:");
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).toContain('<a href="https://shop.test/x" target="_blank" rel="noopener noreferrer">shop</a>');
    expect(html).toContain('href="mailto:a@b.test"');
  });

  test("a forged data-remote-src cannot smuggle a javascript: URL through the allow step", () => {
    const first = sanitizeEmailHtml(`<img data-remote-src="javascript:alert(1)">`);
    expect(sanitizeEmailHtml(first.html, { allowRemote: true }).html).not.toContain("javascript");
  });

  test("hostile inputs that make naive regexes quadratic are handled in linear time", () => {
    const inputs = [
      "<style>".repeat(50_000),
      "<style x".repeat(50_000),
      `<style>url(${" ".repeat(200_000)}</style>`,
      `<style>${"url(//".repeat(50_000)}</style>`,
      `<div style='${"url(  ".repeat(30_000)}'>x</div>`,
    ];
    for (const html of inputs) {
      const started = performance.now();
      sanitizeEmailHtml(html);
      expect(performance.now() - started, html.slice(0, 20)).toBeLessThan(2_000);
    }
  });
});

