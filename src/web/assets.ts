/**
 * The site's one stylesheet and one script, served from `/assets/*` with a content hash in the
 * URL so browsers can cache them for good. Both are small: every page stays far below 100 kB of
 * HTML + CSS + JS.
 */
import { createHash } from 'node:crypto';

/**
 * Colours meet WCAG 2.1 AA contrast on their backgrounds (text #1b1b1b on white 17:1, links
 * #0a4f9e 8:1, muted #4a4a4a 8.9:1, notice text on tints above 7:1). The focus ring is a thick
 * outline with an offset so it is visible on every background.
 */
const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1b1b1b;background:#fff}
a{color:#0a4f9e;text-underline-offset:.15em}
a:visited{color:#5b2c86}
a:hover{color:#063668}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #b35c00;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.skip{position:absolute;left:.5rem;top:-4rem;background:#fff;color:#0a4f9e;padding:.5rem 1rem;border:2px solid #0a4f9e;z-index:10}
.skip:focus{top:.5rem}
header.site{background:#0b3a66;color:#fff}
header.site .bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;max-width:60rem;margin:0 auto;padding:.75rem 1rem}
header.site a{color:#fff}
header.site .brand{font-weight:700;font-size:1.15rem;text-decoration:none}
header.site nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
header.site a:focus-visible{outline-color:#ffd27a;box-shadow:none}
main{display:block;max-width:60rem;margin:0 auto;padding:1rem 1rem 3rem}
main:focus{outline:none}
footer.site{border-top:1px solid #ccc;background:#f4f4f4;color:#333;font-size:.9rem}
footer.site .bar{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.4rem;line-height:1.3;margin:2rem 0 .75rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
p,ul,ol,table{margin:0 0 1rem}
.muted{color:#4a4a4a}
.small{font-size:.9rem}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:0 0 1.5rem}
form.search .field{flex:1 1 18rem;margin:0}
label{display:block;font-weight:600;margin:0 0 .25rem}
.hint{display:block;color:#4a4a4a;font-size:.9rem;margin:0 0 .35rem}
input[type=text],input[type=search],input[type=email],textarea{width:100%;font:inherit;padding:.5rem .6rem;border:2px solid #555;border-radius:4px;background:#fff;color:#1b1b1b}
textarea{min-height:10rem}
.field{margin:0 0 1.25rem;position:relative}
.field.invalid input,.field.invalid textarea{border-color:#b3261e}
.error-text{display:block;color:#b3261e;font-weight:600;margin:0 0 .35rem}
.error-summary{border:3px solid #b3261e;padding:1rem;margin:0 0 1.5rem}
.error-summary h2{margin-top:0}
.check{display:flex;gap:.6rem;align-items:flex-start}
.check input{width:1.4rem;height:1.4rem;margin:.15rem 0 0;flex:none}
.check label{font-weight:400}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:.55rem 1.2rem;border:2px solid #0b3a66;border-radius:4px;background:#0b3a66;color:#fff;cursor:pointer;text-decoration:none}
button:hover,.button:hover{background:#063668;color:#fff}
a.button:visited{color:#fff}
.notice{border-left:6px solid #0b3a66;background:#eef3f9;padding:.75rem 1rem;margin:0 0 1.5rem}
.notice.warn{border-color:#8a5a00;background:#fff6e0}
.results{list-style:none;padding:0}
.results li{border-bottom:1px solid #ddd;padding:.75rem 0}
.results .name{font-size:1.15rem;font-weight:600}
.also{margin:0 0 1rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #ccc;padding:.35rem .5rem}
thead th{border-bottom:2px solid #555}
.table-wrap{overflow-x:auto}
section.qa{border-top:1px solid #ddd}
.source{font-size:.9rem;color:#4a4a4a}
.refs{font-size:.9rem}
.refs li{margin:0 0 .35rem;overflow-wrap:anywhere}
sup a{text-decoration:none}
.toc ul{columns:2 14rem;padding-left:1.2rem}
.orgs{list-style:none;padding:0}
.orgs li{margin:0 0 1rem}
.letter{border:1px solid #ccc;padding:1rem 1.25rem;border-radius:4px}
.suggest{position:absolute;left:0;right:0;z-index:5;list-style:none;margin:.1rem 0 0;padding:0;background:#fff;border:2px solid #555;border-radius:4px;max-height:20rem;overflow:auto}
.suggest[hidden]{display:none}
.suggest li{padding:.45rem .6rem;cursor:pointer}
.suggest li[aria-selected=true]{background:#0b3a66;color:#fff}
.suggest .alt{display:block;font-size:.85rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem}
pre{background:#f4f4f4;padding:.75rem;overflow-x:auto}
@media (max-width:40rem){h1{font-size:1.55rem}body{font-size:1rem}}
`
  .trim()
  .replace(/\n/g, '');

/**
 * Autocomplete for search boxes marked `data-suggest`: an ARIA 1.2 combobox with a listbox of
 * condition names from `/api/suggest`. Arrow keys move, Enter opens the chosen condition, Escape
 * closes. Without JavaScript the form still submits to the search page.
 */
const JS = `
(function(){
  var boxes=document.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(boxes,function(input,n){
    var list=document.createElement('ul');
    list.id='suggest-'+n;list.className='suggest';list.setAttribute('role','listbox');
    list.setAttribute('aria-label','Suggested conditions');list.hidden=true;
    input.parentNode.appendChild(list);
    input.setAttribute('role','combobox');input.setAttribute('aria-autocomplete','list');
    input.setAttribute('aria-expanded','false');input.setAttribute('aria-controls',list.id);
    input.setAttribute('autocomplete','off');
    var status=document.getElementById(input.getAttribute('data-status'));
    var items=[],active=-1,timer=0,seq=0;
    function close(){list.hidden=true;input.setAttribute('aria-expanded','false');input.removeAttribute('aria-activedescendant');active=-1;}
    function mark(i){
      active=i;
      Array.prototype.forEach.call(list.children,function(li,j){li.setAttribute('aria-selected',j===i?'true':'false');});
      if(i>=0){input.setAttribute('aria-activedescendant',list.id+'-'+i);list.children[i].scrollIntoView({block:'nearest'});}
      else input.removeAttribute('aria-activedescendant');
    }
    function go(i){if(items[i])window.location.href=items[i].url;}
    function show(data){
      items=data;list.textContent='';
      data.forEach(function(s,i){
        var li=document.createElement('li');li.id=list.id+'-'+i;li.setAttribute('role','option');li.setAttribute('aria-selected','false');
        li.textContent=s.name;
        if(s.matchedName&&s.matchedName.toLowerCase()!==s.name.toLowerCase()){var alt=document.createElement('span');alt.className='alt';alt.textContent='also called '+s.matchedName;li.appendChild(alt);}
        li.addEventListener('mousedown',function(e){e.preventDefault();go(i);});
        list.appendChild(li);
      });
      if(status)status.textContent=data.length?data.length+' suggestions. Use the up and down arrows to choose.':'';
      if(data.length){list.hidden=false;input.setAttribute('aria-expanded','true');mark(-1);}else close();
    }
    input.addEventListener('input',function(){
      clearTimeout(timer);
      var q=input.value.trim();
      if(q.length<2){close();return;}
      timer=setTimeout(function(){
        var mine=++seq;
        fetch('/api/suggest?q='+encodeURIComponent(q)).then(function(r){return r.ok?r.json():{suggestions:[]};})
          .then(function(d){if(mine===seq)show(d.suggestions||[]);}).catch(close);
      },120);
    });
    input.addEventListener('keydown',function(e){
      if(list.hidden)return;
      if(e.key==='ArrowDown'){e.preventDefault();mark((active+1)%items.length);}
      else if(e.key==='ArrowUp'){e.preventDefault();mark(active<=0?items.length-1:active-1);}
      else if(e.key==='Enter'&&active>=0){e.preventDefault();go(active);}
      else if(e.key==='Escape'){e.preventDefault();close();}
    });
    input.addEventListener('blur',function(){setTimeout(close,150);});
  });
})();
`
  .trim()
  .replace(/\n\s*/g, '\n');

export interface Asset {
  path: string;
  body: string;
  contentType: string;
}

function asset(name: string, ext: string, body: string, contentType: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/assets/${name}.${hash}.${ext}`, body, contentType };
}

export const STYLESHEET = asset('site', 'css', CSS, 'text/css; charset=utf-8');
export const SCRIPT = asset('suggest', 'js', JS, 'text/javascript; charset=utf-8');
