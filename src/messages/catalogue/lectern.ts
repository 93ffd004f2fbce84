// Messages at the lectern: the pace a report used (the front matter's or the speaker's rehearsals'), the rehearsal
// file, the rehearse and present commands.
import type { Message } from '../message.ts';

export const LECTERN_MESSAGES = {
  /** `rehearsals`: how many rehearsals measured the pace; 0 when it is the front matter's `pace`. */
  paceUsed: {
    en: (pace: number, rehearsals: number) =>
      rehearsals === 0
        ? `at ${pace} characters a minute`
        : rehearsals === 1
          ? `at your pace in your last rehearsal, ${pace} characters a minute`
          : `at your mean pace over ${rehearsals} rehearsals, ${pace} characters a minute`,
    zh: (pace: number, rehearsals: number) =>
      rehearsals === 0
        ? `按每分钟 ${pace} 字`
        : rehearsals === 1
          ? `按您上次试讲的语速 ${pace} 字/分`
          : `按您 ${rehearsals} 次试讲的平均语速 ${pace} 字/分`,
  } satisfies Message<[number, number]>,
  rehearsalUnreadable: {
    en: (why: string) => `cannot read the rehearsal file: ${why}`,
    zh: (why: string) => `无法读取试讲记录：${why}`,
  } satisfies Message<[string]>,
  rehearsalNotJson: {
    en: () => 'the rehearsal file is not valid JSON',
    zh: () => '试讲记录不是有效的 JSON',
  } satisfies Message<[]>,
  rehearsalNotOurs: {
    en: () => 'this is not a rehearsal file speechdeck wrote',
    zh: () => '这不是 speechdeck 写的试讲记录',
  } satisfies Message<[]>,
  rehearsalBadEntry: {
    en: (index: number) => `rehearsal ${index} in the file is incomplete or damaged`,
    zh: (index: number) => `文件中第 ${index} 次试讲的记录不完整或已损坏`,
  } satisfies Message<[number]>,
  rehearsalFix: {
    en: () => 'delete the file (the timing then goes back to `pace`) or restore it, then rehearse again.',
    zh: () => '删掉这个文件（时长将按 `pace` 估算），或者恢复原文件，然后重新试讲。',
  } satisfies Message<[]>,
  rehearseDescription: {
    en: () => 'rehearse the talk: time each slide as you read, learn your pace (R starts, Z pauses)',
    zh: () => '试讲：逐页计时，记下您的语速（R 开始，Z 暂停）',
  } satisfies Message<[]>,
  lecternOutlineArgument: {
    en: () => 'the outline (default: the one worked on last)',
    zh: () => '大纲（默认：最近改过的那份）',
  } satisfies Message<[]>,
  lecternPortOption: {
    en: () => 'the port to serve on (the next free one if taken)',
    zh: () => '使用的端口（被占用时用下一个空闲端口）',
  } satisfies Message<[]>,
  rehearseServing: {
    en: (file: string, url: string) =>
      `speechdeck rehearse: ${file}\n  ${url}\n  R starts and ends the rehearsal, Z pauses it, S opens the speaker view. Ctrl-C to stop.`,
    zh: (file: string, url: string) =>
      `speechdeck rehearse：${file}\n  ${url}\n  按 R 开始/结束试讲，Z 暂停，S 打开演讲者视图。按 Ctrl-C 停止。`,
  } satisfies Message<[string, string]>,
  rehearsalRecorded: {
    en: (time: string, pace: number, file: string) =>
      `rehearsal saved: ${time}${pace ? `, ${pace} characters a minute` : ''} → ${file}`,
    zh: (time: string, pace: number, file: string) =>
      `试讲已保存：用时 ${time}${pace ? `，每分钟 ${pace} 字` : ''} → ${file}`,
  } satisfies Message<[string, number, string]>,
  remoteTitle: {
    en: () => 'Remote',
    zh: () => '翻页器',
  } satisfies Message<[]>,
  remotePrevious: {
    en: () => 'Previous',
    zh: () => '上一页',
  } satisfies Message<[]>,
  remoteNext: {
    en: () => 'Next',
    zh: () => '下一页',
  } satisfies Message<[]>,
  remoteWaiting: {
    en: () => 'Waiting for the presenter to allow this phone on the PC…',
    zh: () => '请在电脑上确认，允许这部手机翻页……',
  } satisfies Message<[]>,
  remoteRefused: {
    en: () => 'This phone may not turn the slides: scan the code on the PC again.',
    zh: () => '这部手机无权翻页：请重新扫描电脑上的二维码。',
  } satisfies Message<[]>,
  remoteReconnecting: {
    en: () => 'Reconnecting…',
    zh: () => '正在重新连接……',
  } satisfies Message<[]>,
  remoteElapsed: {
    en: () => 'elapsed|left|over',
    zh: () => '已用|剩余|超时',
  } satisfies Message<[]>,
  presentDescription: {
    en: () => 'present the deck from this PC; --remote: turn the slides from a phone on the same network',
    zh: () => '放映演示；加 --remote 可用同一网络中的手机翻页',
  } satisfies Message<[]>,
  presentRemoteOption: {
    en: () => 'listen on the local network for a phone remote (a QR code pairs it)',
    zh: () => '在局域网上监听，供手机翻页（扫二维码配对）',
  } satisfies Message<[]>,
  presentServing: {
    en: (file: string, url: string) => `speechdeck present: ${file}\n  presenter: ${url}\n  Ctrl-C to stop.`,
    zh: (file: string, url: string) => `speechdeck present：${file}\n  放映地址：${url}\n  按 Ctrl-C 停止。`,
  } satisfies Message<[string, string]>,
  presentRemote: {
    en: (addresses: string) =>
      `listening on the local network: a phone on the same network scans the code on the screen, or opens\n${addresses}`,
    zh: (addresses: string) => `正在局域网上监听：同一网络中的手机扫描屏幕上的二维码，或打开\n${addresses}`,
  } satisfies Message<[string]>,
  presentNoNetwork: {
    en: () =>
      'this PC has no local network address: turn on the phone hotspot, connect the PC to it, and run present --remote again.',
    zh: () => '这台电脑没有局域网地址：请打开手机热点，让电脑连上热点，再运行一次 present --remote。',
  } satisfies Message<[]>,
  presentNoNetworkLater: {
    en: () =>
      'this PC has no local network address: turn on the phone hotspot, connect the PC to it, then turn the phone remote on again.',
    zh: () => '这台电脑没有局域网地址：请打开手机热点，让电脑连上热点，再开启一次手机翻页。',
  } satisfies Message<[]>,
} as const;
