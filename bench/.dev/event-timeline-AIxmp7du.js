/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$2=globalThis,e$3=t$2.ShadowRoot&&(void 0===t$2.ShadyCSS||t$2.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,s$2=Symbol(),o$3=new WeakMap;let n$2 = class n{constructor(t,e,o){if(this._$cssResult$=true,o!==s$2)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e;}get styleSheet(){let t=this.o;const s=this.t;if(e$3&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o$3.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o$3.set(s,t));}return t}toString(){return this.cssText}};const r$2=t=>new n$2("string"==typeof t?t:t+"",void 0,s$2),i$4=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(true===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+t[o+1],t[0]);return new n$2(o,t,s$2)},S$1=(s,o)=>{if(e$3)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t$2.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o);}},c$2=e$3?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r$2(e)})(t):t;

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const {is:i$3,defineProperty:e$2,getOwnPropertyDescriptor:h$1,getOwnPropertyNames:r$1,getOwnPropertySymbols:o$2,getPrototypeOf:n$1}=Object,a$1=globalThis,c$1=a$1.trustedTypes,l$1=c$1?c$1.emptyScript:"",p$1=a$1.reactiveElementPolyfillSupport,d$1=(t,s)=>t,u$1={toAttribute(t,s){switch(s){case Boolean:t=t?l$1:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t);}return t},fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t);}catch(t){i=null;}}return i}},f$1=(t,s)=>!i$3(t,s),b$1={attribute:true,type:String,converter:u$1,reflect:false,useDefault:false,hasChanged:f$1};Symbol.metadata??=Symbol("metadata"),a$1.litPropertyMetadata??=new WeakMap;let y$1 = class y extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t);}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,s=b$1){if(s.state&&(s.attribute=false),this._$Ei(),this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=true),this.elementProperties.set(t,s),!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e$2(this.prototype,t,h);}}static getPropertyDescriptor(t,s,i){const{get:e,set:r}=h$1(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t;}};return {get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i);},configurable:true,enumerable:true}}static getPropertyOptions(t){return this.elementProperties.get(t)??b$1}static _$Ei(){if(this.hasOwnProperty(d$1("elementProperties")))return;const t=n$1(this);t.finalize(),void 0!==t.l&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties);}static finalize(){if(this.hasOwnProperty(d$1("finalized")))return;if(this.finalized=true,this._$Ei(),this.hasOwnProperty(d$1("properties"))){const t=this.properties,s=[...r$1(t),...o$2(t)];for(const i of s)this.createProperty(i,t[i]);}const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i);}this._$Eh=new Map;for(const[t,s]of this.elementProperties){const i=this._$Eu(t,s);void 0!==i&&this._$Eh.set(i,t);}this.elementStyles=this.finalizeStyles(this.styles);}static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(c$2(s));}else void 0!==s&&i.push(c$2(s));return i}static _$Eu(t,s){const i=s.attribute;return  false===i?void 0:"string"==typeof i?i:"string"==typeof t?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=false,this.hasUpdated=false,this._$Em=null,this._$Ev();}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this));}addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.();}removeController(t){this._$EO?.delete(t);}_$E_(){const t=new Map,s=this.constructor.elementProperties;for(const i of s.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t);}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return S$1(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(true),this._$EO?.forEach(t=>t.hostConnected?.());}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.());}attributeChangedCallback(t,s,i){this._$AK(t,i);}_$ET(t,s){const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&true===i.reflect){const h=(void 0!==i.converter?.toAttribute?i.converter:u$1).toAttribute(s,i.type);this._$Em=t,null==h?this.removeAttribute(e):this.setAttribute(e,h),this._$Em=null;}}_$AK(t,s){const i=this.constructor,e=i._$Eh.get(t);if(void 0!==e&&this._$Em!==e){const t=i.getPropertyOptions(e),h="function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u$1;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r??this._$Ej?.get(e)??r,this._$Em=null;}}requestUpdate(t,s,i,e=false,h){if(void 0!==t){const r=this.constructor;if(false===e&&(h=this[t]),i??=r.getPropertyOptions(t),!((i.hasChanged??f$1)(h,s)||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))))return;this.C(t,s,i);} false===this.isUpdatePending&&(this._$ES=this._$EP());}C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),true!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),true===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t));}async _$EP(){this.isUpdatePending=true;try{await this._$ES;}catch(t){Promise.reject(t);}const t=this.scheduleUpdate();return null!=t&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,s]of this._$Ep)this[t]=s;this._$Ep=void 0;}const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];true!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e);}}let t=false;const s=this._$AL;try{t=this.shouldUpdate(s),t?(this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),this.update(s)):this._$EM();}catch(s){throw t=false,this._$EM(),s}t&&this._$AE(s);}willUpdate(t){}_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=true,this.firstUpdated(t)),this.updated(t);}_$EM(){this._$AL=new Map,this.isUpdatePending=false;}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return  true}update(t){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM();}updated(t){}firstUpdated(t){}};y$1.elementStyles=[],y$1.shadowRootOptions={mode:"open"},y$1[d$1("elementProperties")]=new Map,y$1[d$1("finalized")]=new Map,p$1?.({ReactiveElement:y$1}),(a$1.reactiveElementVersions??=[]).push("2.1.2");

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t$1=globalThis,i$2=t=>t,s$1=t$1.trustedTypes,e$1=s$1?s$1.createPolicy("lit-html",{createHTML:t=>t}):void 0,h="$lit$",o$1=`lit$${Math.random().toFixed(9).slice(2)}$`,n="?"+o$1,r=`<${n}>`,l=document,c=()=>l.createComment(""),a=t=>null===t||"object"!=typeof t&&"function"!=typeof t,u=Array.isArray,d=t=>u(t)||"function"==typeof t?.[Symbol.iterator],f="[ \t\n\f\r]",v=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_=/-->/g,m=/>/g,p=RegExp(`>|${f}(?:([^\\s"'>=/]+)(${f}*=${f}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),g=/'/g,$=/"/g,y=/^(?:script|style|textarea|title)$/i,x=t=>(i,...s)=>({_$litType$:t,strings:i,values:s}),b=x(1),E=Symbol.for("lit-noChange"),A=Symbol.for("lit-nothing"),C=new WeakMap,P=l.createTreeWalker(l,129);function V(t,i){if(!u(t)||!t.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==e$1?e$1.createHTML(i):i}const N=(t,i)=>{const s=t.length-1,e=[];let n,l=2===i?"<svg>":3===i?"<math>":"",c=v;for(let i=0;i<s;i++){const s=t[i];let a,u,d=-1,f=0;for(;f<s.length&&(c.lastIndex=f,u=c.exec(s),null!==u);)f=c.lastIndex,c===v?"!--"===u[1]?c=_:void 0!==u[1]?c=m:void 0!==u[2]?(y.test(u[2])&&(n=RegExp("</"+u[2],"g")),c=p):void 0!==u[3]&&(c=p):c===p?">"===u[0]?(c=n??v,d=-1):void 0===u[1]?d=-2:(d=c.lastIndex-u[2].length,a=u[1],c=void 0===u[3]?p:'"'===u[3]?$:g):c===$||c===g?c=p:c===_||c===m?c=v:(c=p,n=void 0);const x=c===p&&t[i+1].startsWith("/>")?" ":"";l+=c===v?s+r:d>=0?(e.push(a),s.slice(0,d)+h+s.slice(d)+o$1+x):s+o$1+(-2===d?i:x);}return [V(t,l+(t[s]||"<?>")+(2===i?"</svg>":3===i?"</math>":"")),e]};class S{constructor({strings:t,_$litType$:i},e){let r;this.parts=[];let l=0,a=0;const u=t.length-1,d=this.parts,[f,v]=N(t,i);if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes);}for(;null!==(r=P.nextNode())&&d.length<u;){if(1===r.nodeType){if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(h)){const i=v[a++],s=r.getAttribute(t).split(o$1),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H}),r.removeAttribute(t);}else t.startsWith(o$1)&&(d.push({type:6,index:l}),r.removeAttribute(t));if(y.test(r.tagName)){const t=r.textContent.split(o$1),i=t.length-1;if(i>0){r.textContent=s$1?s$1.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c());}}}else if(8===r.nodeType)if(r.data===n)d.push({type:2,index:l});else {let t=-1;for(;-1!==(t=r.data.indexOf(o$1,t+1));)d.push({type:7,index:l}),t+=o$1.length-1;}l++;}}static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}}function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(false),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}class R{constructor(t,i){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=i;}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:i},parts:s}=this._$AD,e=(t?.creationScope??l).importNode(i,true);P.currentNode=e;let h=P.nextNode(),o=0,n=0,r=s[0];for(;void 0!==r;){if(o===r.index){let i;2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t)),this._$AV.push(i),r=s[++n];}o!==r?.index&&(h=P.nextNode(),o++);}return P.currentNode=l,e}p(t){let i=0;for(const s of this._$AV) void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])),i++;}}class k{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,i,s,e){this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e,this._$Cv=e?.isConnected??true;}get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,i=this){t=M(this,t,i),a(t)?t===A||null==t||""===t?(this._$AH!==A&&this._$AR(),this._$AH=A):t!==this._$AH&&t!==E&&this._(t):void 0!==t._$litType$?this.$(t):void 0!==t.nodeType?this.T(t):d(t)?this.k(t):this._(t);}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t));}_(t){this._$AH!==A&&a(this._$AH)?this._$AA.nextSibling.data=t:this.T(l.createTextNode(t)),this._$AH=t;}$(t){const{values:i,_$litType$:s}=t,e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===e)this._$AH.p(i);else {const t=new R(e,this),s=t.u(this.options);t.p(i),this.T(s),this._$AH=t;}}_$AC(t){let i=C.get(t.strings);return void 0===i&&C.set(t.strings,i=new S(t)),i}k(t){u(this._$AH)||(this._$AH=[],this._$AR());const i=this._$AH;let s,e=0;for(const h of t)e===i.length?i.push(s=new k(this.O(c()),this.O(c()),this,this.options)):s=i[e],s._$AI(h),e++;e<i.length&&(this._$AR(s&&s._$AB.nextSibling,e),i.length=e);}_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(false,true,s);t!==this._$AB;){const s=i$2(t).nextSibling;i$2(t).remove(),t=s;}}setConnected(t){ void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t));}}class H{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,i,s,e,h){this.type=1,this._$AH=A,this._$AN=void 0,this.element=t,this.name=i,this._$AM=e,this.options=h,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=A;}_$AI(t,i=this,s,e){const h=this.strings;let o=false;if(void 0===h)t=M(this,t,i,0),o=!a(t)||t!==this._$AH&&t!==E,o&&(this._$AH=t);else {const e=t;let n,r;for(t=h[0],n=0;n<h.length-1;n++)r=M(this,e[s+n],i,n),r===E&&(r=this._$AH[n]),o||=!a(r)||r!==this._$AH[n],r===A?t=A:t!==A&&(t+=(r??"")+h[n+1]),this._$AH[n]=r;}o&&!e&&this.j(t);}j(t){t===A?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"");}}class I extends H{constructor(){super(...arguments),this.type=3;}j(t){this.element[this.name]=t===A?void 0:t;}}class L extends H{constructor(){super(...arguments),this.type=4;}j(t){this.element.toggleAttribute(this.name,!!t&&t!==A);}}class z extends H{constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5;}_$AI(t,i=this){if((t=M(this,t,i,0)??A)===E)return;const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t;}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t);}}class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s;}get _$AU(){return this._$AM._$AU}_$AI(t){M(this,t);}}const j={I:k},B=t$1.litHtmlPolyfillSupport;B?.(S,k),(t$1.litHtmlVersions??=[]).push("3.3.3");const D=(t,i,s)=>{const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{});}return h._$AI(t),h};

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const s=globalThis;let i$1 = class i extends y$1{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0;}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=D(r,this.renderRoot,this.renderOptions);}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(true);}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(false);}render(){return E}};i$1._$litElement$=true,i$1["finalized"]=true,s.litElementHydrateSupport?.({LitElement:i$1});const o=s.litElementPolyfillSupport;o?.({LitElement:i$1});(s.litElementVersions??=[]).push("4.2.2");

/**
 * @name isExists
 * @category Common Helpers
 * @summary Is the given date exists?
 *
 * @description
 * Checks if the given arguments convert to an existing date.
 *
 * @param year - The year of the date to check
 * @param month - The month of the date to check
 * @param day - The day of the date to check
 *
 * @returns `true` if the date exists
 *
 * @example
 * // For the valid date:
 * const result = isExists(2018, 0, 31)
 * //=> true
 *
 * @example
 * // For the invalid date:
 * const result = isExists(2018, 1, 31)
 * //=> false
 */
function isExists(year, month, day) {
  const date = new Date(year, month, day);
  return (
    date.getFullYear() === year &&
    date.getMonth() === month &&
    date.getDate() === day
  );
}

/**
 * Every UI string, one table per locale. Templates read from here only, so a translation
 * is one object, not a hunt through markup.
 */
/** 10000 → "10,000" (Korean groups digits the same way), without waking up ICU for a number. */
const count = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const messages = {
    en: {
        circa: (date) => `c. ${date}`,
        rangeJoin: ' – ',
        sources: 'Sources',
        category: 'Category',
        eventsShown: (shown, total) => shown === total
            ? `${count(total)} ${total === 1 ? 'event' : 'events'}`
            : `${count(shown)} of ${count(total)} events shown`,
        noEvents: 'No events match the current filters.',
        loading: 'Loading…',
        problems: (count) => `${count} ${count === 1 ? 'problem' : 'problems'} in the data: the affected items are not shown.`,
        filters: 'Filter by category',
        all: 'All',
    },
    ko: {
        circa: (date) => `${date}경`,
        rangeJoin: '~',
        sources: '출처',
        category: '분류',
        eventsShown: (shown, total) => shown === total ? `사건 ${count(total)}건` : `사건 ${count(total)}건 중 ${count(shown)}건 표시`,
        noEvents: '현재 필터에 맞는 사건이 없습니다.',
        loading: '불러오는 중…',
        problems: (count) => `데이터에서 문제 ${count}건이 발견되어 해당 항목은 표시하지 않습니다.`,
        filters: '분류별로 보기',
        all: '전체',
    },
};
/** Maps any BCP 47 tag to a supported locale: 'ko-KR' → 'ko', anything unknown → 'en'. */
function toLocale(tag) {
    return tag?.toLowerCase().split('-')[0] === 'ko' ? 'ko' : 'en';
}

/**
 * Partial calendar dates: '1953' is the year 1953, not 1 January 1953.
 *
 * Calendar positions are whole day numbers counted in UTC, and text is written from the date's own
 * year, month and day, so no date moves with the reader's time zone.
 */
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;
/** Dates already parsed: validation and placing each read every date, and long chronologies repeat days. */
const parsed = new Map();
/** Parses a DateString; returns the reason as a string when it is not a real calendar date. */
function parseDate(text) {
    let result = parsed.get(text);
    if (result === undefined) {
        if (parsed.size >= 50_000)
            parsed.clear();
        // Frozen: every caller of a string shares the result.
        parsed.set(text, (result = Object.freeze(parse(text))));
    }
    return result;
}
function parse(text) {
    const match = DATE_PATTERN.exec(text);
    if (!match)
        return `'${text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`;
    const year = Number(match[1]);
    if (match[2] === undefined)
        return { year, precision: 'year' };
    const month = Number(match[2]);
    if (month < 1 || month > 12)
        return `'${text}' is not a valid date: month ${month}`;
    if (match[3] === undefined)
        return { year, month, precision: 'month' };
    const day = Number(match[3]);
    if (!isExists(year, month - 1, day))
        return `'${text}' is not a valid date: ${year}-${match[2]} has no day ${day}`;
    return { year, month, day, precision: 'day' };
}
/** Parses a DateString already known to be valid (validated data). */
function toPartialDate(text) {
    const parsed = parseDate(text);
    if (typeof parsed === 'string')
        throw new RangeError(parsed);
    return parsed;
}
/** Milliseconds since 1970 of a UTC midnight; Date.UTC alone would read years 0–99 as 1900–1999. */
function utcTime(year, monthIndex, day) {
    return year > 99 ? Date.UTC(year, monthIndex, day) : new Date(0).setUTCFullYear(year, monthIndex, day);
}
function lastDay(date) {
    // Day 0 of the next month is the last day of this one.
    return date.day ?? new Date(utcTime(date.year, date.month ?? 12, 0)).getUTCDate();
}
/** Days since 1970-01-01 of the first (or last) day the partial date covers. */
function dayNumber(date, edge = 'first') {
    const monthIndex = (date.month ?? (edge === 'first' ? 1 : 12)) - 1;
    const day = edge === 'first' ? (date.day ?? 1) : lastDay(date);
    return Math.round(utcTime(date.year, monthIndex, day) / MS_PER_DAY);
}
/** The UTC midnight Date of a day number. */
function dayToDate(day) {
    return new Date(day * MS_PER_DAY);
}
/** The calendar date of a day number, at the given precision. */
function fromDayNumber(day, precision) {
    const date = dayToDate(day);
    const year = date.getUTCFullYear();
    if (precision === 'year')
        return { year, precision };
    const month = date.getUTCMonth() + 1;
    return precision === 'month' ? { year, month, precision } : { year, month, day: date.getUTCDate(), precision };
}
/*
 * Dates are written from tables, not Intl: creating the first Intl.DateTimeFormat in a page starts
 * ICU, which cost a drop-in timeline a third of its first render. The output is what Intl's en-GB
 * and ko-KR formats give, with one house style for range dashes; test/dates.test.ts compares the
 * two over thousands of dates in both browsers.
 */
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
/** en-GB abbreviations: "Sept", and "June" and "July" in full where Intl keeps them. */
const shortMonth = (name) => name.slice(0, name === 'September' ? 4 : 3);
/**
 * A date as its parts in reading order, biggest unit last in English (25 · June · 1950) and first
 * in Korean (1950년 · 6월 · 25일).
 */
function dateParts(date, locale, short = false) {
    const { year, month, day } = date;
    if (locale === 'ko') {
        const parts = [`${year}년`];
        if (month !== undefined)
            parts.push(`${month}월`);
        if (day !== undefined)
            parts.push(`${day}일`);
        return parts;
    }
    const parts = [String(year)];
    if (month !== undefined) {
        const name = MONTHS[month - 1];
        parts.unshift(short ? shortMonth(name) : name);
    }
    if (day !== undefined)
        parts.unshift(String(day));
    return parts;
}
/** "1953", "June 1950", "25 June 1950"; "1953년", "1950년 6월", "1950년 6월 25일". `short`: "Oct 2025". */
function formatDate(date, locale, short = false) {
    return dateParts(date, locale, short).join(' ');
}
function samePeriod(a, b) {
    return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}
/**
 * A compact range that repeats only what differs: "1950–53", "18–20 September 2018",
 * "30 Oct – 1 Nov 2025", "25 June 1950 – 27 July 1953"; "2018년 9월 18일~20일".
 */
function formatRange(start, end, locale) {
    if (samePeriod(start, end))
        return formatDate(start, locale);
    if (start.precision !== end.precision) {
        return formatDate(start, locale) + messages[locale].rangeJoin + formatDate(end, locale);
    }
    if (locale === 'ko') {
        // The end drops the units it shares with the start, from the year down: 2025년 10월 30일~11월 1일.
        const a = dateParts(start, locale);
        const b = dateParts(end, locale);
        let shared = 0;
        while (shared < a.length && a[shared] === b[shared])
            shared++;
        return `${a.join(' ')}~${b.slice(shared).join(' ')}`;
    }
    if (start.precision === 'year') {
        const sameCentury = Math.floor(start.year / 100) === Math.floor(end.year / 100);
        return `${start.year}–${sameCentury ? String(end.year).slice(-2) : end.year}`;
    }
    // The start drops the units it shares with the end, from the year down; across months within
    // one year, days take short month names: 30 Oct – 1 Nov 2025.
    const short = start.precision === 'day' && start.year === end.year && start.month !== end.month;
    const a = dateParts(start, locale, short);
    const b = dateParts(end, locale, short);
    let shared = 0;
    while (shared < a.length && a[a.length - 1 - shared] === b[b.length - 1 - shared])
        shared++;
    const head = a.slice(0, a.length - shared).join(' ');
    // Days alone close up ("18–20 September"); anything with a word keeps its spaces.
    return head + (/^\d+$/.test(head) ? '–' : ' – ') + b.join(' ');
}
/** The date text of an event or era: a date or a range, marked when approximate. */
function formatWhen(when, locale) {
    const start = toPartialDate(when.start);
    const text = when.end ? formatRange(start, toPartialDate(when.end), locale) : formatDate(start, locale);
    return when.circa ? messages[locale].circa(text) : text;
}
/** The text of a Localized value in the locale, and the language it is really in. */
function localize(text, locale) {
    if (typeof text === 'string')
        return { text, lang: 'en' };
    if (locale === 'ko' && text.ko)
        return { text: text.ko, lang: 'ko' };
    return { text: text.en, lang: 'en' };
}

/** Category ids become CSS custom property names, so they must be identifiers. */
const CATEGORY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;
/** Event ids become `#hash` links and `data-id` values. */
const EVENT_ID = /^[^\s#]+$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Shows a value in a message: quoted strings, short, with its type when not a string. */
function show(value) {
    if (typeof value === 'string')
        return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${String(value)}`;
}
/** "missing: expected X" or "'value' is not valid: expected X". */
function invalid(value, expected) {
    return value === undefined ? `missing: expected ${expected}` : `${show(value)} is not valid: expected ${expected}`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Whether a URL may become a link: http(s) or relative. Browsers ignore ASCII whitespace and
 * control characters inside a scheme, so they are ignored here too (`' java\tscript:'`).
 */
function isSafeUrl(url) {
    const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
    return scheme === undefined || scheme === 'http' || scheme === 'https';
}
class Validator {
    constructor() {
        this.errors = [];
    }
    report(path, message) {
        this.errors.push({ path, message });
    }
    string(value, path, required) {
        if (value === undefined && !required)
            return undefined;
        if (typeof value === 'string' && value.trim() !== '')
            return value;
        this.report(path, invalid(value, 'a non-empty string'));
        return undefined;
    }
    localized(value, path, required) {
        if (isObject(value)) {
            const en = this.string(value.en, `${path}.en`, true);
            const ko = this.string(value.ko, `${path}.ko`, false);
            if (en === undefined)
                return undefined;
            return ko === undefined ? { en } : { en, ko };
        }
        if (value === undefined && !required)
            return undefined;
        if (typeof value === 'string' && value.trim() !== '')
            return value;
        this.report(path, invalid(value, 'a non-empty string or { en, ko }'));
        return undefined;
    }
    date(value, path, required) {
        if (value === undefined && !required)
            return undefined;
        if (typeof value !== 'string') {
            this.report(path, invalid(value, 'a date string YYYY, YYYY-MM or YYYY-MM-DD'));
            return undefined;
        }
        const parsed = parseDate(value);
        if (typeof parsed === 'string') {
            this.report(path, parsed);
            return undefined;
        }
        return parsed;
    }
    /** Checks start/end; returns false when the item cannot be placed in time. */
    span(item, path) {
        const start = this.date(item.start, `${path}.start`, true);
        const end = this.date(item.end, `${path}.end`, false);
        if (!start)
            return false;
        if (end && dayNumber(end, 'last') < dayNumber(start)) {
            this.report(`${path}.end`, `${show(item.end)} is before start ${show(item.start)}`);
            return false;
        }
        return item.end === undefined || end !== undefined;
    }
    array(value, path, required) {
        if (Array.isArray(value))
            return value;
        if (value !== undefined || required)
            this.report(path, invalid(value, 'an array'));
        return [];
    }
    source(value, path) {
        if (!isObject(value)) {
            this.report(path, `${show(value)} is not a source: expected an object with a title`);
            return undefined;
        }
        const title = this.string(value.title, `${path}.title`, true);
        if (title === undefined)
            return undefined;
        const source = { title };
        for (const key of ['publisher', 'author']) {
            const text = this.string(value[key], `${path}.${key}`, false);
            if (text !== undefined)
                source[key] = text;
        }
        for (const key of ['published', 'accessed']) {
            if (this.date(value[key], `${path}.${key}`, false))
                source[key] = value[key];
        }
        const url = this.string(value.url, `${path}.url`, false);
        if (url !== undefined) {
            if (isSafeUrl(url))
                source.url = url;
            else
                this.report(`${path}.url`, `${show(url)} is not allowed as a link: only http:, https: and relative URLs`);
        }
        return source;
    }
    category(value, path, seen) {
        if (!isObject(value)) {
            this.report(path, `${show(value)} is not a category: expected an object with id and label`);
            return undefined;
        }
        const id = this.id(value.id, `${path}.id`, CATEGORY_ID, 'letters, digits and single hyphens', seen);
        const label = this.localized(value.label, `${path}.label`, true);
        const color = this.string(value.color, `${path}.color`, false);
        if (id === undefined || label === undefined)
            return undefined;
        return color === undefined ? { id, label } : { id, label, color };
    }
    id(value, path, pattern, expected, seen) {
        const id = this.string(value, path, true);
        if (id === undefined)
            return undefined;
        if (!pattern.test(id)) {
            this.report(path, `${show(id)} is not a valid id: expected ${expected}`);
            return undefined;
        }
        if (seen.has(id)) {
            this.report(path, `${show(id)} is a duplicate id: an earlier item already uses it`);
            return undefined;
        }
        seen.add(id);
        return id;
    }
    era(value, path, seen) {
        if (!isObject(value)) {
            this.report(path, `${show(value)} is not an era: expected an object with id, start, end and label`);
            return undefined;
        }
        const id = this.id(value.id, `${path}.id`, EVENT_ID, 'a string without spaces or #', seen);
        const label = this.localized(value.label, `${path}.label`, true);
        const placed = this.span(value, path);
        if (value.end === undefined)
            this.report(`${path}.end`, 'an era needs an end date');
        if (id === undefined || label === undefined || !placed || value.end === undefined)
            return undefined;
        return { id, start: value.start, end: value.end, label };
    }
    event(value, path, seen, categories) {
        if (!isObject(value)) {
            this.report(path, `${show(value)} is not an event: expected an object with id, start, title and category`);
            return undefined;
        }
        const id = this.id(value.id, `${path}.id`, EVENT_ID, 'a string without spaces or #', seen);
        const placed = this.span(value, path);
        const title = this.localized(value.title, `${path}.title`, true);
        const category = this.string(value.category, `${path}.category`, true);
        if (category !== undefined && !categories.has(category)) {
            this.report(`${path}.category`, `${show(category)} is not a declared category; shown in a neutral colour`);
        }
        if (id === undefined || !placed || title === undefined || category === undefined)
            return undefined;
        const event = { id, start: value.start, title, category };
        if (value.end !== undefined)
            event.end = value.end;
        if (value.circa !== undefined) {
            if (typeof value.circa === 'boolean')
                event.circa = value.circa;
            else
                this.report(`${path}.circa`, invalid(value.circa, 'true or false'));
        }
        const summary = this.localized(value.summary, `${path}.summary`, false);
        if (summary !== undefined)
            event.summary = summary;
        const note = this.localized(value.note, `${path}.note`, false);
        if (note !== undefined)
            event.note = note;
        if (value.tags !== undefined) {
            const tags = this.array(value.tags, `${path}.tags`, false);
            event.tags = tags.filter((tag, i) => this.string(tag, `${path}.tags[${i}]`, true) !== undefined);
        }
        if (value.sources !== undefined) {
            event.sources = this.array(value.sources, `${path}.sources`, false)
                .map((source, i) => this.source(source, `${path}.sources[${i}]`))
                .filter((source) => source !== undefined);
        }
        return event;
    }
}
function keep(items, path, check) {
    const kept = [];
    items.forEach((item, i) => {
        const valid = check(item, `${path}[${i}]`);
        if (valid !== undefined)
            kept.push(valid);
    });
    return kept;
}
/** Validates unknown data as a Chronology. Never throws. */
function validateChronology(data) {
    const v = new Validator();
    if (!isObject(data)) {
        v.report('', `${show(data)} is not a chronology: expected an object with title, categories and events`);
        return { chronology: { title: '', categories: [], events: [] }, errors: v.errors };
    }
    const title = v.localized(data.title, 'title', true) ?? '';
    const description = v.localized(data.description, 'description', false);
    const categoryIds = new Set();
    const categories = keep(v.array(data.categories, 'categories', true), 'categories', (c, p) => v.category(c, p, categoryIds));
    const eraIds = new Set();
    const eras = keep(v.array(data.eras, 'eras', false), 'eras', (e, p) => v.era(e, p, eraIds));
    const eventIds = new Set();
    const events = keep(v.array(data.events, 'events', true), 'events', (e, p) => v.event(e, p, eventIds, categoryIds));
    const chronology = { title, categories, events };
    if (description !== undefined)
        chronology.description = description;
    if (data.eras !== undefined)
        chronology.eras = eras;
    return { chronology, errors: v.errors };
}

/** Items of a validated chronology in chronological order (ties keep the authored order). */
function toItems(chronology) {
    const eras = (chronology.eras ?? [])
        .map((era) => ({ era, from: dayNumber(toPartialDate(era.start)), to: dayNumber(toPartialDate(era.end), 'last') }))
        .sort((a, b) => b.from - a.from);
    return chronology.events
        .map((event) => {
        const from = dayNumber(toPartialDate(event.start));
        const to = dayNumber(toPartialDate(event.end ?? event.start), 'last');
        const era = eras.find((e) => e.from <= from && from <= e.to)?.era;
        return era ? { event, from, to, era } : { event, from, to };
    })
        .sort((a, b) => a.from - b.from || a.to - b.to);
}
/** Items overlapping the window and in the chosen categories. */
function filterItems(items, filter) {
    const { categories, from = -Infinity, to = Infinity } = filter;
    return items.filter((item) => item.to >= from && item.from <= to && (!categories || categories.has(item.event.category)));
}
/** The day bound of a `from`/`to` attribute, or undefined with the reason when malformed. */
function parseBound(text, edge) {
    const date = parseDate(text.trim());
    return typeof date === 'string' ? date : dayNumber(date, edge);
}

/** Colours for categories that declare none: each reaches 3:1 on the light and dark backgrounds. */
const PALETTE = ['#3a6fd8', '#1d8a5a', '#8a5cd6', '#c45f0a', '#c83f7c', '#6e7c8e'];
/**
 * The view of `input`. Given the `previous` view, the stages whose inputs did not change are
 * reused: a category toggle on 10,000 events neither re-sorts nor re-counts them.
 */
function view(input, previous) {
    const before = previous?.input;
    const sameData = before?.chronology === input.chronology;
    const sameBounds = sameData && before.from === input.from && before.to === input.to;
    const sameFilter = sameBounds && before.categories === input.categories && before.reverse === input.reverse;
    if (sameFilter && previous)
        return previous;
    const items = sameData && previous ? previous.items : toItems(input.chronology);
    const categories = sameData && previous ? previous.categories : categoryColors(input.chronology);
    const problems = [];
    let inBounds = previous?.inBounds ?? [];
    let counts = previous?.counts ?? new Map();
    const from = bound(input.from, 'first', 'from', problems);
    const to = bound(input.to, 'last', 'to', problems);
    if (!sameBounds || !previous) {
        inBounds = from === undefined && to === undefined ? items : filterItems(items, { from, to });
        const counted = new Map();
        for (const { event } of inBounds)
            counted.set(event.category, (counted.get(event.category) ?? 0) + 1);
        counts = counted;
    }
    const active = categoryFilter(input.categories, categories, problems);
    const filtered = active ? filterItems(inBounds, { categories: active }) : [...inBounds];
    return {
        input,
        items,
        categories,
        inBounds,
        counts,
        active,
        visible: input.reverse ? filtered.reverse() : filtered,
        problems,
    };
}
/** Each declared category with its colour: its own, or the palette's in declaration order. */
function categoryColors(chronology) {
    return new Map(chronology.categories.map((category, i) => [
        category.id,
        { category, color: category.color ?? PALETTE[i % PALETTE.length] },
    ]));
}
/** The categories to keep; unknown ids are a problem, and none known means all. */
function categoryFilter(text, known, problems) {
    const ids = text?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (ids.length === 0 || known.size === 0)
        return undefined;
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0)
        problems.push({ attribute: `categories="${text}"`, reason: `unknown ${unknown.join(', ')}` });
    return unknown.length < ids.length ? new Set(ids.filter((id) => known.has(id))) : undefined;
}
function bound(text, edge, name, problems) {
    if (!text)
        return undefined;
    const day = parseBound(text, edge);
    if (typeof day === 'number')
        return day;
    problems.push({ attribute: `${name}="${text}"`, reason: day });
    return undefined;
}
/**
 * The next `categories` value when the reader presses a chip: "All" (no id) shows everything; from
 * "All", a category shows it alone; then each toggles. Undefined means all.
 */
function toggleCategory(all, active, id) {
    const next = id === undefined ? all : !active ? [id] : all.filter((c) => active.has(c) !== (c === id));
    return next.length === 0 || next.length === all.length ? undefined : [...next];
}
/** Above this many events, a list is a track that renders only the events near the screen. */
const WINDOW_AFTER = 200;

const init = { bubbles: true, composed: true };
/** Fired when the user selects an event by click, tap, Enter or Space. */
class TimelineSelectEvent extends Event {
    static { this.eventName = 'kt-select'; }
    constructor(event) {
        super(TimelineSelectEvent.eventName, init);
        this.detail = { event };
    }
}
/** Fired when data is loaded or given with problems; the valid part still renders. */
class TimelineErrorEvent extends Event {
    static { this.eventName = 'kt-error'; }
    constructor(errors) {
        super(TimelineErrorEvent.eventName, init);
        this.detail = { errors };
    }
}
/** Fired when `src` has loaded; `chronology` is its valid part, now shown. */
class TimelineLoadEvent extends Event {
    static { this.eventName = 'kt-load'; }
    constructor(chronology) {
        super(TimelineLoadEvent.eventName, init);
        this.detail = { chronology };
    }
}
/** Fired when the user toggles a category filter chip. `categories`: the ids now shown. */
class TimelineFilterEvent extends Event {
    static { this.eventName = 'kt-filter'; }
    constructor(categories) {
        super(TimelineFilterEvent.eventName, init);
        this.detail = { categories };
    }
}

/**
 * The locale of the nearest `lang` attribute, also across the shadow root the host sits in.
 * Read before each render, and any `lang` change in the document asks for one.
 */
class InheritedLangController {
    #observer;
    constructor(host) {
        this.host = host;
        /** `en` until the host is first rendered connected (never during server rendering). */
        this.locale = 'en';
        host.addController(this);
    }
    hostConnected() {
        this.#observer = new MutationObserver(() => this.host.requestUpdate());
        this.#observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    hostDisconnected() {
        this.#observer?.disconnect();
    }
    hostUpdate() {
        if (!this.host.isConnected)
            return;
        const host = this.host;
        const found = host.closest('[lang]') ?? host.getRootNode().host?.closest('[lang]');
        this.locale = toLocale(found?.getAttribute('lang'));
    }
}

/**
 * The URL's `#id`: tells the host when it changes, and writes a new one without adding a history
 * entry. The host decides whether to follow it (`link-hash`).
 */
class HashLinkController {
    constructor(host, onChange) {
        this.onChange = onChange;
        host.addController(this);
    }
    /** The id the URL names, or '' when none. */
    get id() {
        return decodeURIComponent(location.hash.slice(1));
    }
    write(id) {
        history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    }
    hostConnected() {
        window.addEventListener('hashchange', this.#changed);
    }
    hostDisconnected() {
        window.removeEventListener('hashchange', this.#changed);
    }
    #changed = () => this.onChange(this.id);
}

/**
 * Events written as `<timeline-event>` children. The code that reads them (../declarative.js) is
 * loaded only when the host has some; until then, and without JavaScript, they are plain HTML.
 */
class ChildEventsController {
    #observer;
    constructor(host) {
        this.host = host;
        /** The children as raw data, replaced (never mutated) on each change. */
        this.events = [];
        host.addController(this);
    }
    hostConnected() {
        // Only the children matter: the host's own attributes (several reflect) never change them.
        this.#observer = new MutationObserver((records) => {
            if (records.some((r) => r.type !== 'attributes' || r.target !== this.host))
                this.#read();
        });
        this.#observer.observe(this.host, { childList: true, subtree: true, attributes: true, characterData: true });
        this.#read();
    }
    hostDisconnected() {
        this.#observer?.disconnect();
    }
    #read() {
        if (!this.host.querySelector('timeline-event') && this.events.length === 0)
            return;
        void import('./declarative-mKczol0t.js').then((reader) => {
            this.reader = reader;
            this.events = reader.readChildren(this.host);
            this.host.requestUpdate();
        });
    }
}

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
const t={CHILD:2},e=t=>(...e)=>({_$litDirective$:t,values:e});class i{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i;}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}}

/**
 * Sets custom properties through CSSOM, never as a `style` attribute, so a strict `style-src`
 * policy allows them (lit's styleMap writes the attribute on first render). Server rendering has
 * no CSSOM and writes the attribute.
 */
const cssVars = e(class extends i {
    render(vars) {
        return Object.entries(vars)
            .map(([name, value]) => `${name}:${value}`)
            .join(';');
    }
    update(part, [vars]) {
        const { style } = part.element;
        for (const [name, value] of Object.entries(vars))
            style.setProperty(name, String(value));
        return E;
    }
});

/**
 * An event as the reader sees it: its list item, with date, marker, title, category, summary, note
 * and sources. Pure templates: everything they show comes in as arguments.
 */
function renderEvent(context, item, place) {
    const { event, era } = item;
    const { locale } = context;
    const { placed, gap } = place;
    const selected = event.id === context.selected;
    const category = context.categories.get(event.category);
    const vars = {
        '--_cat': `var(--kt-category-color-${event.category}, ${category?.color ?? 'var(--_line)'})`,
    };
    if (placed)
        Object.assign(vars, { '--_pos': placed.pos, '--_lane': placed.lane, '--_span': placed.span });
    if (gap && placed) {
        Object.assign(vars, { '--_gap-start': gap.gap.start - placed.pos, '--_gap-size': gap.gap.end - gap.gap.start });
    }
    const eraLabel = era && era !== place.previous?.era ? localize(era.label, locale) : undefined;
    return b `<li
    part=${selected ? 'event event-selected' : 'event'}
    class="event${event.end ? ' range' : ''}${selected ? ' selected' : ''}"
    data-id=${event.id}
    data-category=${event.category}
    tabindex=${event.id === context.focused ? 0 : -1}
    aria-current=${selected ? 'true' : 'false'}
    aria-setsize=${context.size}
    aria-posinset=${place.index + 1}
    style=${cssVars(vars)}
  >
    ${era && eraLabel
        ? b `<div part="era" class="era">
            <h3 class="era-label" lang=${eraLabel.lang}>${eraLabel.text}</h3>
            <span class="era-dates">${formatWhen(era, locale)}</span>
          </div>`
        : A}
    ${gap?.label ?? A}
    <time part="date" class="date" datetime=${event.start}>${formatWhen(event, locale)}</time>
    <span part=${event.end ? 'marker marker-range' : 'marker marker-point'} class="marker" aria-hidden="true"></span>
    <div part="body" class="body">
      ${renderContent(context, event, { linked: selected, brief: Boolean(placed) && (!selected || context.horizontal) })}
    </div>
  </li>`;
}
/**
 * An event's title, category, summary, note and sources: in its list item, or the detail panel.
 * A card on a track shows less (`brief`): the title, and in the horizontal layout the category.
 * Source links are in the tab order only where `linked` (the selected event).
 */
function renderContent(context, event, { linked, brief }) {
    const { locale } = context;
    const category = context.categories.get(event.category);
    const label = category ? localize(category.category.label, locale) : { text: event.category, lang: 'en' };
    return b `${text(event.title, locale, 'h3', 'title')}
  ${brief && !context.horizontal
        ? A
        : b `<p part="category" class="category" lang=${label.lang}>${label.text}</p>`}
  ${brief
        ? A
        : b `${text(event.summary, locale, 'p', 'summary')} ${text(event.note, locale, 'p', 'note')}
        ${event.sources?.length ? renderSources(event.sources, linked, locale) : A}`}`;
}
function renderSources(sources, linked, locale) {
    const label = messages[locale].sources;
    return b `<ul part="sources" class="sources" aria-label=${label}>
    <li class="sources-label" aria-hidden="true">${label}</li>
    ${sources.map((source) => b `<li>
          ${source.url
        ? b `<a href=${source.url} target="_blank" rel="noopener noreferrer" tabindex=${linked ? 0 : -1}
                  >${source.title}</a
                >`
        : source.title}${source.publisher ? b `, ${source.publisher}` : A}
        </li>`)}
  </ul>`;
}
/** A localized text in an element of its own, with `lang` set to the language it is really in. */
function text(value, locale, tag, name) {
    if (value === undefined)
        return A;
    const { text, lang } = localize(value, locale);
    if (!text)
        return A;
    if (tag === 'h2')
        return b `<h2 part=${name} class=${name} id=${name} lang=${lang}>${text}</h2>`;
    return tag === 'h3'
        ? b `<h3 part=${name} class=${name} lang=${lang}>${text}</h3>`
        : b `<p part=${name} class=${name} lang=${lang}>${text}</p>`;
}

/**
 * What sits above the events: the heading, description, category chips and count; and the
 * messages for loading, problems in the data, and an empty view. Pure templates.
 */
/** The header; pressing a chip calls `onChip` with its category id, or none for "All". */
function renderHeader(chronology, view, locale, onChip) {
    const t = messages[locale];
    return b `<header part="header" class="header">
    ${text(chronology.title, locale, 'h2', 'heading')} ${text(chronology.description, locale, 'p', 'description')}
    ${renderFilters(view, locale, onChip)}
    <p part="count" class="count" role="status">${t.eventsShown(view.visible.length, view.items.length)}</p>
  </header>`;
}
function renderFilters(view, locale, onChip) {
    const t = messages[locale];
    if (view.categories.size < 2)
        return A;
    const { active, counts } = view;
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const chip = (label, count, pressed, id, color) => b `<button
      part="filter"
      class="filter"
      type="button"
      aria-pressed=${pressed ? 'true' : 'false'}
      style=${color ? cssVars({ '--_cat': color }) : A}
      @click=${() => onChip(id)}
    >
      ${label} <span class="filter-count">${count}</span>
    </button>`;
    return b `<div part="filters" class="filters" role="group" aria-label=${t.filters}>
    ${chip(t.all, total, !active)}
    ${[...view.categories.values()].map(({ category, color }) => chip(localize(category.label, locale).text, counts.get(category.id) ?? 0, !active || active.has(category.id), category.id, `var(--kt-category-color-${category.id}, ${color})`))}
  </div>`;
}
function renderStatus(locale, { loading, errors, empty }) {
    const t = messages[locale];
    return b `${loading ? b `<p part="loading" class="loading" role="status">${t.loading}</p>` : A}
  ${errors.length > 0
        ? b `<div part="error" class="error" role="alert">
          <details ?open=${errors.length <= 3}>
            <summary>${t.problems(errors.length)}</summary>
            <ul lang="en">
              ${errors.map((e) => b `<li><code>${e.path || '(root)'}</code> ${e.message}</li>`)}
            </ul>
          </details>
        </div>`
        : A}
  ${empty ? b `<p part="empty" class="empty">${t.noEvents}</p>` : A}`;
}

/**
 * Every themable value is a `--kt-*` token read with a fallback. Colours fall back to
 * `light-dark()` pairs, so `color-scheme` (set from the `theme` attribute) picks the palette.
 * Private `--_*` properties hold the resolved values for reuse inside the shadow root.
 */
const styles = i$4 `
  :host {
    --_bg: var(--kt-color-bg, light-dark(#ffffff, #121417));
    --_surface: var(--kt-color-surface, light-dark(#f4f6f8, #1c2026));
    --_text: var(--kt-color-text, light-dark(#1b1f24, #e6e9ed));
    --_muted: var(--kt-color-muted, light-dark(#525b66, #a3acb7));
    --_line: var(--kt-color-line, light-dark(#7a8490, #758396));
    --_accent: var(--kt-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_focus: var(--kt-color-focus, var(--_accent));
    --_era-bg: var(--kt-color-era, light-dark(#eef1f5, #1f242b));
    --_error: var(--kt-color-error, light-dark(#b3261e, #f2b8b5));
    --_radius: var(--kt-radius, 0.625rem);
    --_marker: var(--kt-marker-size, 0.875rem);
    --_line-width: var(--kt-line-width, 2px);
    --_gap: var(--kt-gap, 1rem);
    --_date-width: var(--kt-date-width, 10.5rem);
    --_rail: calc(var(--_marker) + var(--_gap));

    display: block;
    container-type: inline-size;
    color-scheme: light dark;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(
      --kt-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans KR',
      'Noto Sans CJK KR',
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      sans-serif
    );
    font-size: var(--kt-font-size, 1rem);
    line-height: 1.55;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :lang(ko) {
    word-break: keep-all;
    overflow-wrap: anywhere;
  }

  /* Header */
  .header {
    padding: 0 0 calc(var(--_gap) * 1.5);
  }
  .heading {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    letter-spacing: -0.01em;
    font-weight: 700;
    text-wrap: balance;
  }
  .description {
    margin: 0.5em 0 0;
    max-width: 48em;
    color: var(--_muted);
  }
  .count {
    margin: 0.75em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* The list and its line */
  .list {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_date-width) + var(--_rail) / 2 - var(--_line-width) / 2);
    width: var(--_line-width);
    background: var(--_line);
  }

  .event {
    position: relative;
    display: grid;
    grid-template-columns: var(--_date-width) var(--_rail) minmax(0, 1fr);
    grid-template-areas:
      'era era era'
      'date marker body';
    align-items: start;
    padding-block: calc(var(--_gap) / 2);
    cursor: pointer;
    outline: none;
    isolation: isolate;
    /* Events off screen are not laid out until they come near; they stay in the DOM, the
       accessibility tree and find-in-page. The size is remembered once seen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 11em;
  }
  /* The card behind date-and-body (narrow) or body (wide): hover, focus and selection show here. */
  .event::before {
    content: '';
    grid-area: body;
    z-index: -1;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .date {
    grid-area: date;
    padding-top: 0.6em;
    padding-inline-end: 0.25em;
    text-align: end;
    font-size: 0.875em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    text-wrap: balance;
  }
  .marker {
    grid-area: marker;
    justify-self: center;
    position: relative;
    width: var(--_marker);
    height: var(--_marker);
    margin-top: 0.85em;
    border-radius: 50%;
    background: var(--_cat);
    box-shadow: 0 0 0 3px var(--_bg);
  }
  /* A range is a capsule on the line, and its span is drawn along it. */
  .range .marker {
    height: calc(var(--_marker) * 2.25);
    border-radius: calc(var(--_marker) / 2);
  }
  .range::after {
    content: '';
    position: absolute;
    inset-block: calc(var(--_gap) / 2 + 0.85em);
    inset-inline-start: calc(var(--_date-width) + var(--_rail) / 2 - var(--_line-width) * 1.5);
    width: calc(var(--_line-width) * 3);
    border-radius: var(--_line-width);
    background: var(--_cat);
    opacity: 0.5;
  }
  .body {
    grid-area: body;
    min-width: 0;
    padding: 0.5em 0.875em 0.75em;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.35;
    font-weight: 650;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0.25em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .category::before {
    content: '';
    width: 0.625em;
    height: 0.625em;
    border-radius: 2px;
    background: var(--_cat);
  }
  .summary {
    margin: 0.4em 0 0;
    max-width: 42em;
  }
  .note {
    margin: 0.35em 0 0;
    max-width: 42em;
    font-size: 0.8125em;
    font-style: italic;
    color: var(--_muted);
  }
  .note:lang(ko) {
    font-style: normal;
  }
  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .sources-label {
    font-weight: 600;
  }
  .sources a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .sources a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* Eras: a band that opens the era's first event */
  .era {
    grid-area: era;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: var(--_gap) 0 calc(var(--_gap) / 2);
    padding: 0.5em 0.875em;
    border-radius: var(--_radius);
    background: var(--_era-bg);
    font-size: 0.875em;
    position: relative;
    z-index: 1;
  }
  .event:first-child .era {
    margin-top: 0;
  }
  .era-label {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .era-label:lang(ko) {
    text-transform: none;
    letter-spacing: 0;
  }
  .era-dates {
    color: var(--_muted);
  }

  /* States */
  .event:hover::before {
    background: var(--_surface);
  }
  .event:focus-visible::before {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .selected::before {
    background: var(--_surface);
    border-color: var(--_accent);
  }
  .selected .marker {
    box-shadow:
      0 0 0 3px var(--_bg),
      0 0 0 5px var(--_accent);
  }

  .empty {
    margin: 0;
    padding: var(--_gap);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }

  /* Filter chips */
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 1em;
  }
  .filter,
  .zoom button {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-height: 2.25em;
    padding: 0.25em 0.8em;
    border: 1px solid var(--_line);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125em;
    cursor: pointer;
  }
  .filter:not(:first-child)::before {
    content: '';
    width: 0.65em;
    height: 0.65em;
    border-radius: 50%;
    background: var(--_cat);
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .filter[aria-pressed='false'] {
    color: var(--_muted);
  }
  .filter-count {
    color: var(--_muted);
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .filter:focus-visible,
  .zoom button:focus-visible,
  .scroller:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Loading and problems */
  .loading {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
  }
  .error {
    margin: 0 0 var(--_gap);
    padding: 0.625em 0.875em;
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .error summary {
    cursor: pointer;
    font-weight: 600;
  }
  .error ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-size: 0.95em;
    color: var(--_error);
  }

  /* Narrow: the line moves to the start, the date sits above the title. */
  @container (max-width: 36rem) {
    .list::before,
    .range::after {
      inset-inline-start: calc(var(--_rail) / 2 - var(--_line-width) / 2);
    }
    .range::after {
      inset-inline-start: calc(var(--_rail) / 2 - var(--_line-width) * 1.5);
    }
    .event {
      grid-template-columns: var(--_rail) minmax(0, 1fr);
      grid-template-areas:
        'era era'
        'marker date'
        'marker body';
    }
    .date {
      padding: 0.5em 0.875em 0;
      text-align: start;
    }
    .marker {
      margin-top: 0.65em;
    }
    .body {
      padding-top: 0.125em;
    }
    .event::before {
      grid-area: 2 / 2 / span 2 / span 1;
    }
    .heading {
      font-size: 1.3em;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .event::before,
    .marker {
      transition:
        background-color 120ms ease,
        border-color 120ms ease,
        box-shadow 120ms ease;
    }
  }

  @media (forced-colors: active) {
    .list::before,
    .marker,
    .category::before,
    .range::after {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .selected::before,
    .event:focus-visible::before {
      border-color: Highlight;
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      color-scheme: light;
      background: none;
    }
    .event {
      break-inside: avoid;
      cursor: auto;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
      color: var(--_muted);
      word-break: break-all;
    }
    .count,
    .loading,
    .error,
    .filters,
    .zoom {
      display: none;
    }
  }
`;

const EMPTY = { title: '', categories: [], events: [] };
/**
 * An accessible, themeable timeline of any chronology.
 *
 * @tagname event-timeline
 * @summary Renders a typed chronology as an ordered list of dated events, grouped by era.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The header: heading, description and count.
 * @csspart heading - The chronology's title.
 * @csspart description - The chronology's description.
 * @csspart count - The number of events shown; a polite live region.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event's `<li>`; also `event-selected` on the selected one.
 * @csspart era - The band naming an era, at the first event shown in it.
 * @csspart marker - The event's marker on the line, in its category colour; also `marker-point` or `marker-range`.
 * @csspart date - The event's `<time>`.
 * @csspart body - The event's text: title, category, summary and sources. On a track (time scale, horizontal, or over 200 events) a card holds only its title, and its category across; the selected card holds all of it.
 * @csspart title - The event's title heading.
 * @csspart category - The event's category label.
 * @csspart summary - The event's summary.
 * @csspart note - The event's editorial note, e.g. why one date was chosen where sources differ.
 * @csspart sources - The list of the event's sources.
 * @csspart empty - The message shown when no event matches.
 * @csspart error - The summary of problems in the data or its loading; `role="alert"`.
 * @csspart loading - The message shown while `src` loads.
 * @csspart filters - The group of category filter chips.
 * @csspart filter - One chip: "All" or a category, with its count; `aria-pressed` when active.
 * @csspart scroller - The scrolling track of the time scale or horizontal layout.
 * @csspart axis - The axis with tick labels (time scale and horizontal layout).
 * @csspart era-band - An era drawn as a band over its dates (time scale and horizontal layout).
 * @csspart break - A long empty gap, shortened and labelled, e.g. "1953 → 1988".
 * @csspart zoom - The zoom buttons of the horizontal time scale.
 * @csspart detail - The selected event in full, below the horizontal track.
 *
 * @cssproperty --kt-color-bg - Background.
 * @cssproperty --kt-color-surface - Background of hovered and selected events.
 * @cssproperty --kt-color-text - Text colour.
 * @cssproperty --kt-color-muted - Secondary text: dates, categories, sources.
 * @cssproperty --kt-color-line - The timeline's line, and events of undeclared categories.
 * @cssproperty --kt-color-accent - Links and the selected event's border.
 * @cssproperty --kt-color-focus - The keyboard focus ring.
 * @cssproperty --kt-color-era - Background of era bands.
 * @cssproperty --kt-color-error - Border and paths of the problem summary.
 * @cssproperty --kt-category-color-<id> - The colour of category `<id>`; overrides the data's colour.
 * @cssproperty --kt-font-family - Font stack; the default renders Hangul well.
 * @cssproperty --kt-font-size - Base font size; everything scales from it.
 * @cssproperty --kt-radius - Corner radius of cards and bands.
 * @cssproperty --kt-marker-size - Diameter of event markers.
 * @cssproperty --kt-line-width - Width of the line.
 * @cssproperty --kt-gap - Base spacing unit.
 * @cssproperty --kt-date-width - Width of the date column in wide layouts.
 *
 * @fires kt-select - The user selected an event. `detail: { event }`.
 * @fires kt-error - The data had invalid parts, which are not shown, or `src` failed to load. `detail: { errors }`.
 * @fires kt-load - `src` loaded; its valid part is shown. `detail: { chronology }`.
 * @fires kt-filter - The user toggled a category chip. `detail: { categories }`, the ids now shown.
 */
class EventTimeline extends i$1 {
    static { this.styles = styles; }
    static { this.properties = {
        chronology: { attribute: false },
        src: {},
        locale: { reflect: true },
        theme: { reflect: true },
        categories: {},
        from: {},
        to: {},
        reverse: { type: Boolean, reflect: true },
        selected: { reflect: true },
        orientation: { reflect: true },
        scale: { reflect: true },
        zoom: { type: Number, reflect: true },
        linkHash: { type: Boolean, attribute: 'link-hash', reflect: true },
        _focusedId: { state: true },
    }; }
    #lang = new InheritedLangController(this);
    #hash = new HashLinkController(this, (id) => this.#followHash(id));
    #children = new ChildEventsController(this);
    /** Created, with its chunk, the first time `src` is set. */
    #source;
    /** Created, with its chunk, the first time a track is needed. */
    #track;
    #trackLoading = false;
    /** The validated data, and what it was validated from. */
    #data;
    /** A chronology validated by the `src` loader, so it is not validated twice. */
    #loaded;
    #view = view({ chronology: EMPTY });
    /** The events in display order: the view's, or the track's when events are placed on one. */
    #visible = [];
    #errorsToReport = [];
    /** Why the last `src` load failed; shown until new data arrives. */
    #loadErrors = [];
    /** Attribute values already warned about, so each bad value warns once. */
    #warned = new Set();
    /** A selection made by code, to scroll into view once the events are where they will stay. */
    #scrollPending;
    /** Set while the user selects, so only code-set selections scroll. */
    #userSelecting = false;
    constructor() {
        super();
        this.chronology = EMPTY;
        this.theme = 'auto';
        this.reverse = false;
        this.orientation = 'vertical';
        this.scale = 'even';
        this.zoom = 1;
        this.linkHash = false;
    }
    /** Problems found in the current data or its loading: `{ path, message }` for each. */
    get errors() {
        return [...this.#loadErrors, ...(this.#data?.result.errors ?? [])];
    }
    /** Sets `zoom` as a reader's gesture does: the track controller calls it, keeping an event in place. */
    zoomTo(zoom) {
        this.zoom = zoom;
    }
    /** Whether `src` is loading; also while the code that loads it is on its way. */
    get #loading() {
        return this.#source ? this.#source.loading : Boolean(this.src);
    }
    get #locale() {
        return this.locale ? toLocale(this.locale) : this.#lang.locale;
    }
    /**
     * Whether events sit on a positioned track rather than in a flowing list: the time scale, the
     * horizontal layout, and any list long enough to render only its visible part.
     */
    get #tracked() {
        return this.scale === 'time' || this.orientation === 'horizontal' || this.#view.visible.length > WINDOW_AFTER;
    }
    willUpdate(changed) {
        const dataChanged = this.#validate();
        if (changed.has('src') && this.src && !this.#source)
            void this.#loadSource();
        if ((dataChanged || changed.has('linkHash')) && this.linkHash && this.isConnected)
            this.#followHash(this.#hash.id);
        const chronology = this.#data?.result.chronology ?? EMPTY;
        const previous = this.#view;
        this.#view = view({ chronology, categories: this.categories, from: this.from, to: this.to, reverse: this.reverse }, previous);
        for (const { attribute, reason } of this.#view.problems)
            this.#warnOnce(attribute, reason);
        const layoutChanged = ['orientation', 'scale', 'zoom', 'reverse'].some((key) => changed.has(key));
        const listChanged = this.#view !== previous || layoutChanged;
        if (!this.#tracked) {
            this.#visible = this.#view.visible;
            this.#track?.clear();
        }
        else if (!this.#track) {
            // Until the track arrives (never during server rendering), a short list shows as a list.
            this.#visible = this.#view.visible.length > WINDOW_AFTER ? [] : this.#view.visible;
            if (this.isConnected)
                void this.#loadTrack();
        }
        else if (listChanged || !this.#track.layout) {
            this.#visible = this.#track.arrange(this.#view.visible, chronology.eras ?? []).placed.map((p) => p.item);
        }
        if ((changed.has('selected') || dataChanged) && this.selected && this.#view.items.length > 0) {
            if (!this.#view.items.some((item) => item.event.id === this.selected)) {
                this.#warnOnce(`selected="${this.selected}"`, 'no event has this id');
            }
        }
        if (changed.has('selected') && this.selected && !this.#userSelecting)
            this.#scrollPending = this.selected;
        this.#userSelecting = false;
        if (this._focusedId === undefined || (listChanged && !this.#visible.some((e) => e.event.id === this._focusedId))) {
            this._focusedId = (this.#visible.find((item) => item.event.id === this.selected) ?? this.#visible[0])?.event.id;
        }
    }
    /** Validates the chronology with any `<timeline-event>` children, when either changed. */
    #validate() {
        const input = this.chronology;
        const children = this.#children.events;
        if (this.#data?.input === input && this.#data.children === children)
            return false;
        const reader = this.#children.reader;
        const result = children.length && reader
            ? reader.validateWithChildren(input, children, input === EMPTY)
            : this.#loaded?.chronology === input
                ? this.#loaded
                : input === EMPTY
                    ? { chronology: EMPTY, errors: [] }
                    : validateChronology(input);
        this.#loaded = undefined;
        this.#data = { input, children, result };
        this.#loadErrors = [];
        this.#errorsToReport = result.errors;
        return true;
    }
    async #loadSource() {
        const { SourceController } = await import('./source-CvyAIht1.js');
        this.#source ??= new SourceController(this, {
            loaded: (result) => {
                this.#loaded = result;
                this.chronology = result.chronology;
                void this.updateComplete.then(() => this.dispatchEvent(new TimelineLoadEvent(result.chronology)));
            },
            failed: (errors) => {
                this.#loadErrors = errors;
                this.#report(errors, 'problem(s) loading src; the data shown is unchanged');
                this.requestUpdate();
            },
        });
        this.requestUpdate();
    }
    async #loadTrack() {
        if (this.#trackLoading)
            return;
        this.#trackLoading = true;
        const { TrackController } = await import('./track-BMWMTgXA.js');
        this.#track = new TrackController(this);
        this.requestUpdate();
    }
    updated() {
        if (this.#errorsToReport.length > 0) {
            this.#report(this.#errorsToReport, 'problem(s) in the chronology; invalid parts are not shown');
            this.#errorsToReport = [];
        }
        // Scroll to a selection made by code once the events are where they will stay: on a track,
        // after the track has arrived.
        const id = this.#scrollPending;
        if (id && (!this.#tracked || this.#track?.layout)) {
            this.#scrollPending = undefined;
            this.#li(id)?.scrollIntoView({ block: 'nearest', inline: 'center' });
        }
    }
    #li(id) {
        return this.renderRoot.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    }
    /** Selects the event a `#id` in the URL names, if `link-hash` is on. */
    #followHash(id) {
        if (!this.linkHash || !id || id === this.selected)
            return;
        if (!(this.#data?.result.chronology.events ?? []).some((event) => event.id === id))
            return;
        this.selected = id;
        this._focusedId = id;
    }
    /** One grouped warning and one kt-error for a set of problems. */
    #report(errors, what) {
        console.warn(`<${this.localName}>: ${errors.length} ${what}.\n` +
            errors.map((e) => `  ${e.path || '(root)'}: ${e.message}`).join('\n'));
        this.dispatchEvent(new TimelineErrorEvent(errors));
    }
    #warnOnce(attribute, reason) {
        if (this.#warned.has(attribute))
            return;
        this.#warned.add(attribute);
        console.warn(`<${this.localName}>: ignoring ${attribute}: ${reason}`);
    }
    #itemOf(event) {
        const li = event.composedPath().find((node) => node instanceof HTMLLIElement && node.dataset.id !== undefined);
        const id = li?.dataset.id;
        return this.#visible.find((item) => item.event.id === id);
    }
    #select(item) {
        this._focusedId = item.event.id;
        if (this.selected === item.event.id)
            return;
        this.#userSelecting = true;
        this.selected = item.event.id;
        if (this.linkHash)
            this.#hash.write(item.event.id);
        this.dispatchEvent(new TimelineSelectEvent(item.event));
    }
    #toggleCategory = (id) => {
        const all = [...this.#view.categories.keys()];
        const next = toggleCategory(all, this.#view.active, id);
        if (next)
            this.setAttribute('categories', next.join(' '));
        else
            this.removeAttribute('categories');
        this.dispatchEvent(new TimelineFilterEvent(next ?? all));
    };
    #onClick(event) {
        if (event.composedPath().some((node) => node instanceof HTMLAnchorElement))
            return;
        const item = this.#itemOf(event);
        if (item)
            this.#select(item);
    }
    #onKeyDown(event) {
        if (event.target !== event.currentTarget && !(event.target instanceof HTMLLIElement))
            return;
        const index = this.#visible.findIndex((item) => item.event.id === this._focusedId);
        const last = this.#visible.length - 1;
        const target = {
            ArrowDown: index + 1,
            ArrowRight: index + 1,
            ArrowUp: index - 1,
            ArrowLeft: index - 1,
            Home: 0,
            End: last,
        }[event.key];
        if (target !== undefined) {
            event.preventDefault();
            void this.#focus(Math.max(0, Math.min(last, target)));
        }
        else if ((event.key === 'Enter' || event.key === ' ') && this.#visible[index]) {
            event.preventDefault();
            this.#select(this.#visible[index]);
        }
        else if (event.key === 'Escape' && this.selected !== undefined) {
            event.preventDefault();
            this.selected = undefined;
        }
        else if ((event.key === '+' || event.key === '=' || event.key === '-') && this.scale === 'time') {
            event.preventDefault();
            this.#track?.zoomBy(event.key === '-' ? -1 : 1, this._focusedId);
        }
    }
    async #focus(index) {
        const id = this.#visible[index]?.event.id;
        if (id === undefined)
            return;
        this._focusedId = id;
        await this.updateComplete;
        this.#li(id)?.focus();
    }
    render() {
        const locale = this.#locale;
        const chronology = this.#data?.result.chronology ?? EMPTY;
        const mode = this.#tracked ? (this.orientation === 'horizontal' ? 'horizontal' : 'vertical-track') : 'flow';
        const context = {
            locale,
            categories: this.#view.categories,
            selected: this.selected,
            focused: this._focusedId,
            size: this.#visible.length,
            horizontal: this.orientation === 'horizontal',
        };
        const list = (events) => b `<ol
        part="list"
        class="list"
        aria-labelledby=${localize(chronology.title, locale).text ? 'heading' : A}
        @click=${this.#onClick}
        @keydown=${this.#onKeyDown}
      >
        ${events}
      </ol>`;
        const selected = this.selected ? this.#visible.find((item) => item.event.id === this.selected) : undefined;
        const track = this.#tracked && this.#track?.layout
            ? this.#track.render({
                locale,
                focused: this._focusedId,
                keep: [this._focusedId, this.selected],
                list,
                event: (placed, index, gap) => renderEvent(context, placed.item, { index, previous: this.#visible[index - 1], placed, gap }),
                detail: selected && {
                    event: selected.event,
                    content: renderContent(context, selected.event, { linked: true, brief: false }),
                },
            })
            : undefined;
        const empty = this.#view.visible.length === 0;
        return b `<div part="base" class="base ${mode}" lang=${locale} aria-busy=${this.#loading ? 'true' : 'false'}>
      ${renderHeader(chronology, this.#view, locale, this.#toggleCategory)}
      ${renderStatus(locale, { loading: this.#loading, errors: this.errors, empty })}
      ${empty
            ? A
            : (track ??
                list(this.#visible.map((item, index) => renderEvent(context, item, { index, previous: this.#visible[index - 1] }))))}
    </div>`;
    }
}

/** Defines `<event-timeline>`. For the class alone, without defining anything, import `./elements.js`. */
if (!customElements.get('event-timeline'))
    customElements.define('event-timeline', EventTimeline);

export { A, E, WINDOW_AFTER as W, fromDayNumber as a, toPartialDate as b, formatDate as c, dayNumber as d, e, f$1 as f, b as g, cssVars as h, i, j, formatWhen as k, localize as l, i$4 as m, EventTimeline as n, t, validateChronology as v };
