import { f, v as validateChronology } from './event-timeline-AIxmp7du.js';

/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */const s={PENDING:1},i=Symbol();class h{get taskComplete(){return this.t||(1===this.i?this.t=new Promise(((t,s)=>{this.o=t,this.h=s;})):3===this.i?this.t=Promise.reject(this.l):this.t=Promise.resolve(this.u)),this.t}constructor(t,s,i){this.p=0,this.i=0,(this._=t).addController(this);const h="object"==typeof s?s:{task:s,args:i};this.v=h.task,this.j=h.args,this.m=h.argsEqual??r,this.k=h.onComplete,this.A=h.onError,this.autoRun=h.autoRun??true,"initialValue"in h&&(this.u=h.initialValue,this.i=2,this.O=this.T?.());}hostUpdate(){ true===this.autoRun&&this.S();}hostUpdated(){"afterUpdate"===this.autoRun&&this.S();}T(){if(void 0===this.j)return;const t=this.j();if(!Array.isArray(t))throw Error("The args function must return an array");return t}async S(){const t=this.T(),s=this.O;this.O=t,t===s||void 0===t||void 0!==s&&this.m(s,t)||await this.run(t);}async run(t){let s,h;t??=this.T(),this.O=t,1===this.i?this.q?.abort():(this.t=void 0,this.o=void 0,this.h=void 0),this.i=1,"afterUpdate"===this.autoRun?queueMicrotask((()=>this._.requestUpdate())):this._.requestUpdate();const r=++this.p;this.q=new AbortController;let e=false;try{s=await this.v(t,{signal:this.q.signal});}catch(t){e=true,h=t;}if(this.p===r){if(s===i)this.i=0;else {if(false===e){try{this.k?.(s);}catch{}this.i=2,this.o?.(s);}else {try{this.A?.(h);}catch{}this.i=3,this.h?.(h);}this.u=s,this.l=h;}this._.requestUpdate();}}abort(t){1===this.i&&this.q?.abort(t);}get value(){return this.u}get error(){return this.l}get status(){return this.i}render(t){switch(this.i){case 0:return t.initial?.();case 1:return t.pending?.();case 2:return t.complete?.(this.value);case 3:return t.error?.(this.error);default:throw Error("Unexpected status: "+this.i)}}}const r=(s,i)=>s===i||s.length===i.length&&s.every(((s,h)=>!f(s,i[h])));

/**
 * Fetches the host's `src` whenever it changes. The last request wins (a @lit/task): a new
 * `src`, or none, aborts the one in flight, and a late answer to an older one is dropped.
 */
class SourceController {
    #task;
    constructor(host, callbacks) {
        this.#task = new h(host, {
            args: () => [host.src],
            task: ([src], { signal }) => (src ? load(src, signal) : i),
            onComplete: (loaded) => {
                if ('result' in loaded)
                    callbacks.loaded(loaded.result);
                else
                    callbacks.failed(loaded.errors);
            },
        });
    }
    get loading() {
        return this.#task.status === s.PENDING;
    }
}
/** Fetches and validates `src`; every failure but an abort becomes errors worded after the URL. */
async function load(src, signal) {
    const fail = (problem, errors = []) => ({
        errors: [{ path: 'src', message: `'${src}' ${problem}` }, ...errors],
    });
    let response;
    let data;
    try {
        response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        return fail(`could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok)
        return fail(`could not be loaded: HTTP ${response.status} ${response.statusText}`.trim());
    try {
        data = await response.json();
    }
    catch {
        return fail('is not JSON');
    }
    const result = validateChronology(data);
    if (result.chronology.events.length === 0 && result.errors.length > 0) {
        return fail('holds no valid chronology', result.errors);
    }
    return { result };
}

export { SourceController };
