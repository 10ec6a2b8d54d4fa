// Russian: the words every reader consults (language-pack.ts says what each field is for).
import type { LanguagePack } from '../language-pack.js';
import { RU_HOURS } from './hours/ru.js';
import { RU_PAGE_NAMES } from './page-names/ru.js';
import { RU_MAILBOXES } from './mailboxes/ru.js';
import { RU_BLOCK_PAGE, RU_CRAWL } from './crawl/ru.js';

export const RU: LanguagePack = {
  id: 'ru',
  ...RU_HOURS,
  chatLauncher: ['чат', 'онлайн-консультант', 'напишите нам', 'задать вопрос', 'поддержка'],
  chatLoaderNames: [],
  broadcastLabels: 'канал|подпишись|подписаться|новости',
  contactLinks: {
    strong: ['контакты', 'связаться с нами', 'обратная связь', 'поддержка', 'служба поддержки', 'помощь', 'реквизиты'],
    weak: ['о компании', 'о нас', 'офисы', 'адреса'],
  },
  ...RU_PAGE_NAMES,
  roles: {
    sales: ['продаж*', 'отдел продаж', 'оптом', 'коммерческий отдел', 'заказ'],
    support: ['поддержк*', 'техподдержк*', 'служба поддержки', 'сервисный центр', 'гарантия'],
    neutral: ['условия продажи', 'чем мы можем помочь'],
    other: ['пресс-служба', 'вакансии', 'карьера', 'персональные данные'],
  },
  notFound: { phrases: 'страница не найдена', bare: ['не найдено'], filler: ['ошибка', 'страница'] },
  ...RU_MAILBOXES,
  ...RU_CRAWL,
  ...RU_BLOCK_PAGE,
  emailWords: { at: ['собака'], dot: ['точка'], bareAt: [], bareDot: [], prose: [] },
  placeholderEmail: { local: '', domain: '' },
  contactTypes: { sales: '', support: '' },
  phoneLabels: {
    imageWords: 'телефон',
    phone: 'тел|телефон|моб',
    fax: 'факс',
    joiners: 'и|или',
    unitWords: 'корпус|строение|офис',
    idWords: 'инн|огрн|кпп|бик',
    idNumbered: 'заказ|сч[её]т',
    numberWords: '№|номер',
    extension: 'добавочный',
    extensionAfterNumber: 'доб',
  },
  helpDesk: { ticketLinks: 'создать (?:заявку|обращение|тикет)|новая заявка|новое обращение|портал поддержки', hostLabels: ['podderzhka', 'pomosch'] },
  gates: {
    idNumber: 'серийн(?:ый|ого) номер|номер (?:заказа|договора|клиента|счета)|кассовый чек',
    ready: 'под рукой|подготовьте|перед звонком|прежде чем (?:позвонить|обратиться)',
    require: 'укажите|введите|необходим|требует|обязательн|нужн',
    contact: 'связ|звон|телефон|поддержк|обращени|заявк|чат|оператор|менеджер',
    signIn: 'войдите[^.]{0,40}чтобы|необходимо (?:войти|авторизоваться)|только для (?:зарегистрированных|авторизованных)',
    paidPlan: 'платная поддержка|договор (?:на )?(?:поддержк|обслуживани)|доступн[^.]{0,30}(?:премиум|корпоративн|бизнес)',
    following: 'следующ',
    perMinute: 'в',
  },
  forms: {
    message: 'сообщение|вопрос|комментарий|текст обращения',
    email: 'почта|e-?mail',
    phone: 'телефон',
    checkout: 'корзин',
    cartPaths: 'korzina|корзина',
    review: 'отзыв о товаре|оценка товара',
    recipient: 'получател',
    otherParty: 'жалоб',
    order: 'номер заказа',
    serial: 'серийный номер',
    application: 'резюме|сопроводительное письмо',
    account: 'логин',
    notMessageBox: 'адрес',
    topic: 'тема',
    contactPurpose: 'обратная связь|связаться|обратный звонок|перезвоните',
    commentHeading: 'оставить комментарий|добавить комментарий',
    notContact: 'регистрац|подписаться|рассылк|забыли пароль|восстановить пароль|восстановление пароля|сброс пароля',
  },
};
