import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { embeddedDataDir } from "./embedded-data-dir";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "fikiri-datadir-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("embeddedDataDir", () => {
  test("links the project's data folder to a store outside the project, once", () => {
    const project = path.join(root, "project");
    const home = path.join(root, "home");
    const link = path.join(project, ".data", "postgres");
    const target = embeddedDataDir(link, home);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.realpathSync(link)).toBe(fs.realpathSync(target));
    expect(target.startsWith(home)).toBe(true);
    // Private store, but reachable: the server may run as another user (root runs it as postgres).
    expect(fs.statSync(target).mode & 0o077).toBe(0);
    expect(fs.statSync(path.dirname(target)).mode & 0o011).not.toBe(0);
    fs.writeFileSync(path.join(link, "PG_VERSION"), "18");
    expect(embeddedDataDir(link, home)).toBe(target);
    expect(fs.readFileSync(path.join(target, "PG_VERSION"), "utf8")).toBe("18");
  });

  test("keeps using a real folder that already holds data", () => {
    const dir = path.join(root, "legacy", "postgres");
    fs.mkdirSync(dir, { recursive: true });
    expect(embeddedDataDir(dir, path.join(root, "home2"))).toBe(dir);
    expect(fs.lstatSync(dir).isDirectory()).toBe(true);
  });

  test("recreates a store whose folder was removed", () => {
    const home = path.join(root, "home3");
    const link = path.join(root, "p3", ".data", "postgres");
    const target = embeddedDataDir(link, home);
    fs.rmSync(target, { recursive: true });
    expect(embeddedDataDir(link, home)).toBe(target);
    expect(fs.statSync(link).isDirectory()).toBe(true);
  });
});
