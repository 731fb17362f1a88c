import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideDir, resolveAppPath } from './resolveAppPath';

const root = path.resolve('/srv/cordon/dist/renderer');

describe('resolveAppPath', () => {
  it('serves files under the root with their MIME type', () => {
    expect(resolveAppPath(root, 'app://cordon/index.html')).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppPath(root, 'app://cordon/assets/index-abc123.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc123.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('maps the root and folders to index.html, ignoring query and hash', () => {
    for (const url of [
      'app://cordon',
      'app://cordon/',
      'app://cordon/?x=1',
      'app://cordon/#/wall',
      'app://cordon/index.html#/print/roster',
    ]) {
      expect(resolveAppPath(root, url)).toMatchObject({ ok: true, filePath: path.join(root, 'index.html') });
    }
  });

  it('takes the scheme and host in any case, as URLs are', () => {
    expect(resolveAppPath(root, 'APP://Cordon/index.html')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppPath(root, 'app://cordon/assets/%E9%A6%99%E6%A8%9F%E8%8B%91.svg')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', '香樟苑.svg'),
      mimeType: 'image/svg+xml',
    });
  });

  it('gives unknown types a neutral MIME type and matches extensions case-insensitively', () => {
    expect(resolveAppPath(root, 'app://cordon/data.bin')).toMatchObject({
      ok: true,
      mimeType: 'application/octet-stream',
    });
    expect(resolveAppPath(root, 'app://cordon/font.WOFF2')).toMatchObject({ ok: true, mimeType: 'font/woff2' });
  });

  it.each([
    'app://cordon/../../etc/passwd',
    'app://cordon/assets/../../../etc/passwd',
    'app://cordon/%2e%2e/%2e%2e/etc/passwd',
    'app://cordon/%2E%2E/etc/passwd',
    'app://cordon/..%2f..%2fetc%2fpasswd',
    'app://cordon/./index.html',
    // A `..` that stays inside the root is refused too: it is never how the app names a file.
    'app://cordon/assets/../index.html',
    'app://cordon/assets/%2e%2e/index.html',
    'app://cordon/assets/..%2Findex.html',
    'app://cordon/assets/./index-abc123.js',
    'app://cordon/..\\..\\etc\\passwd',
    'app://cordon/assets%5c..%5c..%5csecret',
    'app://cordon//etc/passwd',
    'app://cordon/assets//index-abc123.js',
    'app://cordon/%2fetc%2fpasswd',
    'app://cordon/C:/Windows/win.ini',
    'app://cordon/C%3A%5CWindows%5Cwin.ini',
    'app://cordon/index.html%00.png',
    'app://cordon/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 403 });
  });

  it.each([
    'app://evil/index.html',
    'app://cordon.evil.com/index.html',
    'app://user@cordon/index.html',
    'app://cordon:8080/index.html',
    'app://cordon\\index.html',
    'https://cordon/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('answers 404 for a foreign origin: %s', (url) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 404 });
  });
});

describe('isInsideDir', () => {
  it('accepts only paths strictly below the root', () => {
    expect(isInsideDir(root, path.join(root, 'a', 'b.js'))).toBe(true);
    expect(isInsideDir(root, root)).toBe(false);
    expect(isInsideDir(root, path.join(root, '..', 'secret'))).toBe(false);
    expect(isInsideDir(root, `${root}-sibling/x`)).toBe(false);
    expect(isInsideDir(root, '/etc/passwd')).toBe(false);
  });
});
