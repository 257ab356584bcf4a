// The CKEditor 5 demo: a classic editor from the npm package's browser build
// (copied to demo/vendor/ckeditor5/ at build time). figcheck attaches to its
// editable element through <figcheck-widget for="editor-shell">; the editor's
// model, undo stack and getData() never see it.
import {
  ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote, Autoformat,
} from './vendor/ckeditor5/ckeditor5.js';

const editor = await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Heading, Bold, Italic, Link, List, BlockQuote, Autoformat],
  toolbar: ['heading', '|', 'bold', 'italic', 'link', 'bulletedList', 'numberedList', 'blockQuote', '|', 'undo', 'redo'],
  placeholder: 'Write or paste the article…',
});
window.editor = editor;
document.dispatchEvent(new CustomEvent('demo:editor-ready'));
