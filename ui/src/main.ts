import { mount } from 'svelte';
// The stylesheets, in cascade order: later files may override earlier ones at equal
// specificity, so keep this order (see the note at the top of styles/base.css).
import './styles/base.css';
import './styles/shell.css';
import './features/settings/settings.css';
import './lib/progress.css';
import './lib/dialog.css';
import './features/articles/articles.css';
import './features/startup/startup.css';
import './features/backups/backups.css';
import './features/import/import.css';
import './features/editor/editor.css';
import './features/editor/spell.css';
import './features/xliff/xliff.css';
import './features/memory/page.css';
import './features/memory/memory.css';
import './features/qa/qa.css';
import './features/glossary/glossary.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
