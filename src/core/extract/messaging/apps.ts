/**
 * Messaging apps a company can be reached on, as data: one entry per app with the link forms that
 * open a conversation with the company. Patterns are tested on the link target with the scheme
 * and "www." removed for web links ("wa.me/4930123", "api.whatsapp.com/send?phone=...") and the
 * whole target for app schemes ("whatsapp://send?phone=...", "sms:+1555..."), %-escapes decoded.
 * A `phone` group is a number (reported in E.164), a `handle` group an account name or id.
 *
 * Share buttons are not contacts: they carry only a text or URL to send to someone else
 * (wa.me/?text=..., api.whatsapp.com/send?text=..., t.me/share/url?url=..., line.me/R/msg/text/...,
 * viber://forward?text=..., sms:?body=...). None of the patterns below matches them, because each
 * needs a number or an account; group invites (chat.whatsapp.com, t.me/+..., m.me/j/...) likewise.
 */
export interface MessagingApp {
  id: 'whatsapp' | 'messenger' | 'telegram' | 'viber' | 'line' | 'kakaotalk' | 'wechat' | 'qq' | 'sms' | 'apple-messages';
  name: string;
  links: RegExp[];
  /**
   * Whether a link's label may make it a broadcast to follow, not a conversation. Only Telegram needs
   * it: t.me/<name> is the same form for a person, a bot and a news channel, and the crawler does
   * not fetch Telegram to tell them apart. So t.me links count as messaging unless their label says
   * channel/news/follow/subscribe/join (the language packs' broadcastLabels, read in messaging.ts, so
   * the popup, which names apps from this list, carries no pack); posts (t.me/<name>/123) and previews
   * (t.me/s/...) never count.
   */
  broadcasts?: true;
  source: string;
}

const PHONE = String.raw`(?<phone>\+?[\d\s().-]{6,24})`;

export const MESSAGING_APPS: readonly MessagingApp[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    source: 'https://faq.whatsapp.com/5913398998672934',
    links: [
      /^wa\.me\/(?:c\/)?(?<phone>\+?\d{6,15})\/?(?:\?|$)/, // the documented form has no '+'; sites add one anyway
      /^wa\.me\/message\/(?<handle>[a-z0-9]+)/i, // WhatsApp Business short link (no number in it)
      new RegExp(String.raw`^(?:api|web)\.whatsapp\.com\/send\/?\?(?:.*&)?phone=${PHONE}(?:&|$)`, 'i'),
      new RegExp(String.raw`^whatsapp:\/\/send\/?\?(?:.*&)?phone=${PHONE}(?:&|$)`, 'i'),
    ],
  },
  {
    id: 'messenger',
    name: 'Messenger',
    source: 'https://developers.facebook.com/docs/messenger-platform/discovery/m-me-links/',
    links: [
      /^m\.me\/(?!j\/)(?<handle>[a-z0-9._-]{2,})\/?(?:\?|$)/i,
      /^(?:messenger\.com|facebook\.com|m\.facebook\.com)\/(?:t|messages\/t)\/(?<handle>[^/?#]+)/i,
      /^fb-messenger:\/\/user-thread\/(?<handle>\d+)/i,
    ],
  },
  {
    id: 'telegram',
    name: 'Telegram',
    source: 'https://core.telegram.org/api/links',
    links: [
      /^(?:t|telegram)\.me\/(?!(?:share|joinchat|addstickers|addemoji|proxy|socks|iv|s|c)(?:[/?]|$))(?<handle>[a-z][a-z0-9_]{3,31})\/?(?:\?|$)/i,
      /^tg:\/\/resolve\?(?:.*&)?domain=(?<handle>[a-z][a-z0-9_]{3,31})(?:&|$)/i,
    ],
    broadcasts: true,
  },
  {
    id: 'viber',
    name: 'Viber',
    source: 'https://developers.viber.com/docs/tools/deep-links/',
    links: [
      new RegExp(String.raw`^viber:\/\/(?:chat|add|contact)\/?\?(?:.*&)?number=${PHONE}(?:&|$)`, 'i'),
      /^viber:\/\/pa\?(?:.*&)?chaturi=(?<handle>[^&]+)/i, // a business's public account chat
    ],
  },
  {
    id: 'line',
    name: 'LINE',
    source: 'https://developers.line.biz/en/docs/messaging-api/using-line-url-scheme/',
    links: [
      /^line\.me\/(?:r\/)?ti\/p\/(?<handle>[^/?#]+)/i,
      /^lin\.ee\/(?<handle>[^/?#]+)/i, // LINE Official Account short link
      /^line:\/\/ti\/p\/(?<handle>[^/?#]+)/i,
      /^page\.line\.me\/(?<handle>[^/?#]+)/i,
    ],
  },
  {
    // A Kakao Talk Channel's chat (pf.kakao.com/<public id>/chat) or its home, which opens the chat;
    // the public id starts with "_". Not /friend, which only adds the channel.
    id: 'kakaotalk',
    name: 'KakaoTalk',
    source: 'https://developers.kakao.com/sdk/reference/flutter/release/kakao_flutter_sdk/TalkApi/chatChannelUrl.html',
    links: [/^pf\.kakao\.com\/(?<handle>_[a-z0-9]+)(?:\/chat)?\/?(?:\?|$)/i],
  },
  {
    id: 'wechat',
    name: 'WeChat',
    source: 'https://developers.weixin.qq.com/doc/offiaccount/en/Account_Management/Generating_a_Parametric_QR_Code.html',
    links: [/^weixin:\/\/dl\/chat\?(?<handle>[^&]+)/i, /^u\.wechat\.com\/(?<handle>[^/?#]+)/i],
  },
  {
    // A QQ number's chat ("点击在线客服QQ", 点击这里给我发消息), as Chinese sites link it: the tencent:
    // scheme or Tencent's WPA page (the chat table's qq-wpa-bizqq row has the same source). No uin, no contact.
    id: 'qq',
    name: 'QQ',
    source: 'https://www.cnblogs.com/lizhenli/p/4712953.html',
    links: [/^tencent:\/\/message\/?\?(?:.*&)?uin=(?<handle>\d{5,12})(?:&|$)/i, /^wpa\.qq\.com\/msgrd\?(?:.*&)?uin=(?<handle>\d{5,12})(?:&|$)/i],
  },
  {
    id: 'sms',
    name: 'SMS',
    source: 'https://www.rfc-editor.org/rfc/rfc5724',
    links: [new RegExp(String.raw`^sms:(?:\/\/)?${PHONE}(?:[?;&,]|$)`, 'i')],
  },
  {
    id: 'apple-messages',
    name: 'Apple Messages for Business',
    source: 'https://register.apple.com/resources/messages/messaging-documentation/customer-journey',
    links: [/^bcrw\.apple\.com\/(?:urn:biz:|sms:open\?service=imessage&recipient=urn:biz:)(?<handle>[0-9a-f-]{36})/i],
  },
];
