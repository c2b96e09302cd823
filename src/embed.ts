import { mount } from 'svelte';
import Embed from './Embed.svelte';
import './app.css';

// The public, read-only entry: it imports no storage, demo, import/export or records code.
const target = document.getElementById('embed');
if (!target) throw new Error('#embed is missing from embed.html');

export default mount(Embed, { target });
