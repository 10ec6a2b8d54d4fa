// Chinese: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';
import { ZH_HOURS } from './hours/zh.js';
import { ZH_PAGE_NAMES } from './page-names/zh.js';
import { ZH_MAILBOXES } from './mailboxes/zh.js';
import { ZH_BLOCK_PAGE, ZH_CRAWL } from './crawl/zh.js';

export const ZH: LanguagePack = {
  id: 'zh',
  unspaced: true,
  ...ZH_HOURS,
  chatLauncher: ['在线客服', '客服', '聊天', '咨询', '留言', '联系我们', '線上客服'],
  chatLoaderNames: ['kefu'],
  broadcastLabels: '频道|頻道|关注|關注|订阅|訂閱',
  contactLinks: {
    strong: ['联系我们', '聯絡我們', '联系', '客服', '帮助', '支持', '售后'],
    weak: ['关于我们', '關於我們', '公司简介', '地址'],
  },
  ...ZH_PAGE_NAMES,
  roles: {
    sales: ['销售', '銷售', '商务合作', '商務合作', '购买', '購買', '报价', '報價', '询价', '詢價', '业务', '業務'],
    support: ['客服', '客户服务', '客戶服務', '技术支持', '技術支援', '售后', '售後', '售后服务', '售後服務', '帮助中心', '幫助中心', '维修', '維修'],
    neutral: ['销售条款', '銷售條款'],
    other: ['招聘', '媒体', '新闻', '隐私'],
  },
  notFound: {
    phrases: '页面未找到|找不到(?:该)?页面|页面不存在|頁面不存在|找不到(?:該)?(?:網頁|頁面)',
    bare: ['页面未找到'],
    filler: ['错误', '頁面', '页面'],
  },
  ...ZH_MAILBOXES,
  ...ZH_CRAWL,
  ...ZH_BLOCK_PAGE,
  emailWords: { at: [], dot: ['点', '點'], bareAt: [], bareDot: [], prose: [] },
  placeholderEmail: { local: '', domain: '' },
  contactTypes: { sales: '', support: '' },
  phoneLabels: {
    imageWords: '电话|電話',
    phone: '电话|電話|热线|熱線|手机',
    fax: '传真|傳真',
    joiners: '及|和',
    unitWords: '栋|楼',
    idWords: '统一社会信用代码|营业执照|icp备',
    idNumbered: '订单',
    numberWords: '号码|编号',
    extension: '分机|分機',
    extensionAfterNumber: '转|轉',
  },
  helpDesk: { ticketLinks: '提交工单|创建工单|新建工单|提交工單', hostLabels: ['kefu', 'bangzhu'] },
  gates: {
    idNumber: '序列号|序號|订单号|訂單號|客户编号|合同编号|购买凭证',
    ready: '准备好|请备好|致电前|联系前',
    require: '需要|必须|必填|请提供|请输入',
    contact: '联系|聯繫|致电|电话|電話|客服|支持|工单|在线咨询|人工',
    signIn: '登录后|請先登入|请先登录|需要登录|仅限会员',
    paidPlan: '付费支持|付費支援|维护合同|支持合同|(?:高级|企业|商业)版(?:专享|用户)',
    following: '以下',
    perMinute: '每',
  },
  forms: {
    message: '留言|咨询内容|问题描述',
    email: '邮箱|电子邮件',
    phone: '电话|手机',
    checkout: '购物车',
    cartPaths: '购物车|購物車',
    review: '商品评价',
    recipient: '收件人',
    otherParty: '举报',
    order: '订单号',
    serial: '序列号',
    application: '简历|求职信',
    account: '用户名',
    notMessageBox: '地址|条款',
    topic: '主题|类别',
    contactPurpose: '联系我们|咨询|回电|回拨',
    commentHeading: '发表评论',
    notContact: '注册|订阅|忘记密码|重置密码',
  },
};
